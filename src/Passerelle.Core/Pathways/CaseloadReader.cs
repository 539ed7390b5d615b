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
/// the <see cref="PathwayAlerts"/> of the PLIE's protocol. Two queries whatever the size (the people, then all their
/// facts); alerts are computed in memory. Tenant filters apply; every person listed leaves a <c>person.caseload</c>
/// audit line.
/// </summary>
public sealed class CaseloadReader(PasserelleDbContext db, AuditLog audit)
{
    /// <summary>How long after an exit its missing proofs are still chased on the caseload (a product choice).</summary>
    public const int ProofChaseMonths = 6;

    /// <summary>The referents named by the latest integration of someone of the PLIE, for the coordinators' filter.</summary>
    public async Task<IReadOnlyList<string>> ReferentsAsync(CancellationToken ct = default) =>
        await db.Persons.AsNoTracking()
            .Select(p => p.Events.OfType<IntegrationEvent>().OrderByDescending(i => i.Date).ThenByDescending(i => i.Seq).Select(i => i.Referent).FirstOrDefault())
            .Where(r => r != null).Distinct().OrderBy(r => r).Select(r => r!).ToListAsync(ct);

    /// <param name="referent">The referent's e-mail; null for every referent of the PLIE.</param>
    public async Task<IReadOnlyList<CaseloadEntry>> ListAsync(string? referent, DateOnly today, CancellationToken ct = default)
    {
        var chaseFrom = today.AddMonths(-ProofChaseMonths);
        var persons = db.Persons.AsNoTracking()
            .Where(p => p.Events.OfType<IntegrationEvent>().Any())
            .Where(p => !p.Events.OfType<ExitEvent>().Any(x => x.Date >= p.Events.OfType<IntegrationEvent>().Max(i => i.Date) && x.Date < chaseFrom));
        if (referent is not null)
            persons = persons.Where(p => p.Events.OfType<IntegrationEvent>()
                .OrderByDescending(i => i.Date).ThenByDescending(i => i.Seq).Select(i => i.Referent).FirstOrDefault() == referent);
        var people = await persons
            .Select(p => new { p.Id, p.PlieId, LastName = p.Identity != null ? p.Identity.LastName : null, FirstName = p.Identity != null ? p.Identity.FirstName : null })
            .ToListAsync(ct);
        if (people.Count == 0) return [];

        var ids = people.Select(p => p.Id).ToList();
        var events = (await db.JourneyEvents.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(ct))
            .ToLookup(e => e.PersonId);
        var protocols = (await db.Protocols.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.PlieId);
        var rules = people.Select(p => p.PlieId).Distinct().ToDictionary(id => id, id => Rules(protocols[id].ToList(), today));

        var entries = new List<CaseloadEntry>(people.Count);
        foreach (var p in people)
        {
            var facts = PathwayFacts.From(events[p.Id]);
            if (facts.Integration is not { } integration || rules[p.PlieId] is not { } r) continue;
            var alerts = PathwayAlerts.For(facts, r.Pathway, r.Exits.RulesOn, today);
            if (!facts.InPathway && alerts.Count == 0) continue;
            var last = facts.LastContact(today);
            entries.Add(new CaseloadEntry(p.Id, p.LastName, p.FirstName, facts.Referent, integration.Date,
                WholeMonths(integration.Date, facts.Exit?.Date ?? today), last?.Date, last?.Mode,
                facts.InPathway ? facts.SituationOn(today) : "exited", facts.Exit?.Date, alerts));
            audit.Record("person.caseload", "person", p.Id, p.PlieId);
        }
        if (entries.Count > 0) await db.SaveChangesAsync(ct);
        return entries;
    }

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
