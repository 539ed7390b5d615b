using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Pathways;

/// <summary>
/// A referent's caseload (issue 4 item 2): the people whose current pathway names them (at the integration or by a later referent change) and whose pathway is
/// running, plus those who left it less than <see cref="ProofChaseMonths"/> ago with proofs still missing, each with
/// the <see cref="PathwayAlerts"/> of the PLIE's protocol. Five reads whatever the size (the integrations and exits
/// of the referent's people, the facts of those listed, their names, the protocols); alerts are computed in memory.
/// Tenant filters apply; each listing leaves one <c>person.caseload</c> audit line per PLIE, with the ids listed.
/// </summary>
public sealed class CaseloadReader(PasserelleDbContext db, AuditLog audit, ActorContext actor)
{
    /// <summary>How long after an exit its missing proofs are still chased on the caseload (a product choice).</summary>
    public const int ProofChaseMonths = 6;

    /// <summary>The referents of someone's latest pathway in the PLIE, for the coordinators' filter.</summary>
    public async Task<IReadOnlyList<string>> ReferentsAsync(CancellationToken ct = default) =>
        (await PathwaysAsync(null, ct)).Select(p => p.Integration.Referent).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <param name="referent">The referent's e-mail; null for every referent of the PLIE.</param>
    public async Task<IReadOnlyList<CaseloadEntry>> ListAsync(string? referent, DateOnly today, CancellationToken ct = default)
    {
        // Only the people still to show have their facts loaded: those whose latest pathway runs or ended lately
        // (a referent's integrated people are mostly long gone: 75 listed of 284 in the benchmark, docs/benchmarks.md).
        var chaseFrom = today.AddMonths(-ProofChaseMonths);
        var ids = (await PathwaysAsync(referent, ct))
            .Where(p => (referent is null || p.Integration.Referent == referent) && (p.Exit is null || p.Exit.Value >= chaseFrom))
            .Select(p => p.Integration.PersonId).ToList();
        if (ids.Count == 0) return [];
        var events = (await Events().Where(e => ids.Contains(e.PersonId)).ToListAsync(ct)).ToLookup(e => e.PersonId);
        // The PNI delegation as France Travail confirmed it (Commission/IntegrationFile), for the PNI-end alert.
        var pni = (await db.IntegrationFiles.AsNoTracking().Where(f => ids.Contains(f.PersonId) && f.PniConfirmedOn != null)
            .Select(f => new { f.PersonId, f.IntegrationDate, f.PniConfirmedOn }).ToListAsync(ct)).ToLookup(f => f.PersonId);
        var candidates = ids.Select(id => PathwayFacts.From(events[id])).Select(f =>
            f.WithPniConfirmed(pni[f.Integration!.PersonId].FirstOrDefault(x => x.IntegrationDate == f.Integration.Date)?.PniConfirmedOn)).ToList();
        var names = await Identities().Where(i => ids.Contains(i.PersonId))
            .Select(i => new { i.PersonId, i.LastName, i.FirstName }).ToDictionaryAsync(i => i.PersonId, ct);
        var protocols = (await db.Protocols.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.PlieId);
        var rules = candidates.Select(f => f.Integration!.PlieId).Distinct().ToDictionary(id => id, id => Rules(protocols[id].ToList(), today));

        var entries = new List<(Guid PlieId, CaseloadEntry Entry)>(candidates.Count);
        foreach (var facts in candidates)
        {
            var integration = facts.Integration!;
            if (rules[integration.PlieId] is not { } r) continue;
            var alerts = PathwayAlerts.For(facts, r.Pathway, r.Exits.RulesOn, today);
            if (!facts.InPathway && alerts.Count == 0) continue;
            var last = facts.LastContact(today);
            var name = names.GetValueOrDefault(integration.PersonId);
            entries.Add((integration.PlieId, new CaseloadEntry(integration.PersonId, name?.LastName, name?.FirstName, facts.Referent, integration.Date,
                WholeMonths(integration.Date, facts.Exit?.Date ?? today), last?.Date, last?.Mode,
                facts.InPathway ? facts.SituationOn(today) : "exited", facts.Exit?.Date, alerts)));
        }
        // One line per listing (not per person: 75 chained inserts per page view serialised every reader behind the
        // single writer, docs/benchmarks.md); the ids still answer « who saw person X » on /Audit.
        foreach (var plie in entries.GroupBy(e => e.PlieId))
            audit.Record("person.caseload", "person", null, plie.Key, AuditListing.Detail(plie.Select(e => e.Entry.Id)));
        if (entries.Count > 0) await db.SaveChangesAsync(ct);
        return entries.Select(e => e.Entry).ToList();
    }

    private sealed record Pathway(IntegrationRow Integration, DateOnly? Exit);

    private sealed record IntegrationRow(Guid PersonId, string? Referent);

    // The latest pathway of each person concerned (the latest integration and the exit that closed it), from a
    // projection of the integration, exit and referent change facts only. With a referent: the people any of whose integrations or changes names
    // them (the caller keeps those whose latest one does).
    private async Task<List<Pathway>> PathwaysAsync(string? referent, CancellationToken ct)
    {
        var facts = Events().Where(e => e is IntegrationEvent || e is ExitEvent || e is ReferentChangeEvent);
        if (referent is not null)
        {
            var named = Events().Where(e => (e is IntegrationEvent && ((IntegrationEvent)e).Referent == referent)
                || (e is ReferentChangeEvent && ((ReferentChangeEvent)e).Referent == referent)).Select(e => e.PersonId);
            facts = facts.Where(e => named.Contains(e.PersonId));
        }
        var rows = await facts.Select(e => new
        {
            e.PersonId,
            e.Date,
            e.Seq,
            Kind = e is ExitEvent ? 'x' : e is IntegrationEvent ? 'i' : 'c',
            Referent = e is IntegrationEvent ? ((IntegrationEvent)e).Referent : ((ReferentChangeEvent)e).Referent,
        }).ToListAsync(ct);
        var pathways = new List<Pathway>();
        foreach (var person in rows.GroupBy(r => r.PersonId))
        {
            // As PathwayFacts reads them: by date then recording order; the first exit on or after the latest integration;
            // the referent of the latest change within the pathway, else the integration's.
            var ordered = person.OrderBy(r => r.Date).ThenBy(r => r.Seq).ToList();
            var integration = ordered.LastOrDefault(r => r.Kind == 'i');
            if (integration is null) continue;
            var exit = ordered.FirstOrDefault(r => r.Kind == 'x' && r.Date >= integration.Date);
            var change = ordered.LastOrDefault(r => r.Kind == 'c' && r.Date >= integration.Date && (exit is null || r.Date <= exit.Date));
            pathways.Add(new(new(person.Key, change?.Referent ?? integration.Referent), exit?.Date));
        }
        return pathways;
    }

    // The tenant filter says « AllPlies OR plie_id = @plie »: with the OR, SQLite cannot seek the (plie_id, …) indexes
    // and scans whole tables. The same condition, stated plainly when the actor has one PLIE, lets it seek.
    private Guid? Plie => actor.AllPlies ? null : actor.PlieId ?? Guid.Empty;

    private IQueryable<JourneyEvent> Events() =>
        Plie is { } plie ? db.JourneyEvents.AsNoTracking().Where(e => e.PlieId == plie) : db.JourneyEvents.AsNoTracking();

    private IQueryable<PersonIdentity> Identities() =>
        Plie is { } plie ? db.PersonIdentities.AsNoTracking().Where(i => i.PlieId == plie) : db.PersonIdentities.AsNoTracking();

    // The pathway rules in force today (PathwayReader.InForce) and the exit rules by exit date. A PLIE without protocol
    // has no alerts to compute: its people are not listed.
    private static (PathwayRules Pathway, ExitProtocols Exits)? Rules(List<Protocol> protocols, DateOnly today) =>
        PathwayReader.InForce(protocols, today) is { } pathway ? (pathway, new ExitProtocols(protocols)) : null;

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return Math.Max(0, months);
    }
}
