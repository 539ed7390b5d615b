using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Pathways;

/// <summary>
/// What a person's file reads from the protocol, for a person already read (and audited) by <see cref="PersonReader"/>:
/// one query for the PLIE's protocols, then the same rules as the caseload (<see cref="PathwayAlerts"/>) and the export
/// (<see cref="ExitJudge.Verdicts"/>), in memory.
/// </summary>
public sealed class PathwayReader(PasserelleDbContext db)
{
    public async Task<PathwayState> ReadAsync(Person person, DateOnly today, CancellationToken ct = default)
    {
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == person.PlieId).ToListAsync(ct);
        var facts = PathwayFacts.From(person.Events);
        var exits = new ExitProtocols(protocols);
        var referents = ReferentHistory.From(person.Events);
        if (InForce(protocols, today) is not { } rules)
            return new PathwayState(facts, null, [], null, new Dictionary<Guid, ExitVerdict>(), referents);
        return new PathwayState(facts, rules,
            PathwayAlerts.For(facts, rules, exits.RulesOn, today),
            FollowUpPeriod.Of(facts, rules, exits.RulesOn(today), today),
            ExitJudge.Verdicts(person.Events, exits),
            referents);
    }

    /// <summary>
    /// The pathway rules in force on <paramref name="day"/>, chosen as <see cref="ExitProtocols.RulesOn"/> chooses exit
    /// rules (in force, else the latest begun, else the first); null without a protocol.
    /// </summary>
    public static PathwayRules? InForce(IReadOnlyCollection<Protocol> protocols, DateOnly day)
    {
        if (protocols.Count == 0) return null;
        var ordered = protocols.OrderBy(p => p.ValidFrom).ToList();
        var current = ordered.FirstOrDefault(p => p.ValidFrom <= day && day <= p.ValidTo)
            ?? ordered.LastOrDefault(p => p.ValidFrom <= day) ?? ordered[0];
        return current.Definition.Pathway;
    }
}
