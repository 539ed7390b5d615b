using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Pathways;

/// <summary>
/// A referent's caseload (issue 4 item 2): the people whose latest integration names them and whose pathway is
/// running, plus those who left it less than <see cref="ProofChaseMonths"/> ago with proofs still missing, each with
/// the <see cref="PathwayAlerts"/> of the PLIE's protocol. Four queries whatever the size (the integrations, the
/// candidates' facts, their names, the protocols); alerts are computed in memory. Tenant filters apply; every person listed leaves a <c>person.caseload</c>
/// audit line.
/// </summary>
public sealed class CaseloadReader(PasserelleDbContext db, AuditLog audit)
{
    /// <summary>How long after an exit its missing proofs are still chased on the caseload (a product choice).</summary>
    public const int ProofChaseMonths = 6;

    /// <summary>The referents named by the latest integration of someone of the PLIE, for the coordinators' filter.</summary>
    public async Task<IReadOnlyList<string>> ReferentsAsync(CancellationToken ct = default) =>
        (await LatestIntegrationsAsync(ct)).Select(i => i.Referent).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <param name="referent">The referent's e-mail; null for every referent of the PLIE.</param>
    public async Task<IReadOnlyList<CaseloadEntry>> ListAsync(string? referent, DateOnly today, CancellationToken ct = default)
    {
        // Plain scans of indexed columns, then memory: correlated "latest integration" subqueries per person cost
        // seconds on SQLite with the tenant filter's OR (measured on 4,200 people, docs/benchmarks.md).
        var ids = (await LatestIntegrationsAsync(ct)).Where(i => referent is null || i.Referent == referent).Select(i => i.PersonId).ToList();
        if (ids.Count == 0) return [];
        var events = (await db.JourneyEvents.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(ct)).ToLookup(e => e.PersonId);
        var chaseFrom = today.AddMonths(-ProofChaseMonths);
        var candidates = ids.Select(id => PathwayFacts.From(events[id]))
            .Where(f => f.Integration is not null && (f.Exit is null || f.Exit.Date >= chaseFrom)).ToList();
        var listed = candidates.Select(f => f.Integration!.PersonId).ToList();
        var names = await db.PersonIdentities.AsNoTracking().Where(i => listed.Contains(i.PersonId))
            .Select(i => new { i.PersonId, i.LastName, i.FirstName }).ToDictionaryAsync(i => i.PersonId, ct);
        var protocols = (await db.Protocols.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.PlieId);
        var rules = candidates.Select(f => f.Integration!.PlieId).Distinct().ToDictionary(id => id, id => Rules(protocols[id].ToList(), today));

        var entries = new List<CaseloadEntry>(candidates.Count);
        foreach (var facts in candidates)
        {
            var integration = facts.Integration!;
            if (rules[integration.PlieId] is not { } r) continue;
            var alerts = PathwayAlerts.For(facts, r.Pathway, r.Exits.RulesOn, today);
            if (!facts.InPathway && alerts.Count == 0) continue;
            var last = facts.LastContact(today);
            var name = names.GetValueOrDefault(integration.PersonId);
            entries.Add(new CaseloadEntry(integration.PersonId, name?.LastName, name?.FirstName, facts.Referent, integration.Date,
                WholeMonths(integration.Date, facts.Exit?.Date ?? today), last?.Date, last?.Mode,
                facts.InPathway ? facts.SituationOn(today) : "exited", facts.Exit?.Date, alerts));
            audit.Record("person.caseload", "person", integration.PersonId, integration.PlieId);
        }
        if (entries.Count > 0) await db.SaveChangesAsync(ct);
        return entries;
    }

    // The latest integration of each person of the PLIE: one scan of the integration events.
    private async Task<List<(Guid PersonId, string? Referent)>> LatestIntegrationsAsync(CancellationToken ct) =>
        (await db.JourneyEvents.AsNoTracking().OfType<IntegrationEvent>().Select(i => new { i.PersonId, i.Date, i.Seq, i.Referent }).ToListAsync(ct))
            .GroupBy(i => i.PersonId).Select(g => g.OrderBy(i => i.Date).ThenBy(i => i.Seq).Last()).Select(i => (i.PersonId, i.Referent)).ToList();

    // The pathway rules in force today (as ExitProtocols chooses: in force, else the latest begun, else the first) and
    // the exit rules by exit date. A PLIE without protocol has no alerts to compute: its people are not listed.
    private static (PathwayRules Pathway, ExitProtocols Exits)? Rules(List<Protocol> protocols, DateOnly today)
    {
        if (protocols.Count == 0) return null;
        var ordered = protocols.OrderBy(p => p.ValidFrom).ToList();
        var current = ordered.FirstOrDefault(p => p.ValidFrom <= today && today <= p.ValidTo)
            ?? ordered.LastOrDefault(p => p.ValidFrom <= today) ?? ordered[0];
        return (current.Definition.Pathway, new ExitProtocols(ordered));
    }

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return Math.Max(0, months);
    }
}
