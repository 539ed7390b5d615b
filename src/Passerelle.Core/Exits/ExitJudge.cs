using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exits;

/// <summary>
/// The verdicts pages show: on an exit about to be recorded (its journey as it stands, plus the exit) and on every
/// recorded exit of a person. The same evaluator and protocol choice as the export's computed fields (contract §4.3).
/// </summary>
public sealed class ExitJudge(PasserelleDbContext db)
{
    /// <summary>The verdict on <paramref name="exit"/> appended to <paramref name="journey"/>; null when the PLIE has no protocol.</summary>
    public async Task<ExitVerdict?> JudgeAsync(Guid plieId, IReadOnlyList<JourneyEventDto> journey, JourneyEventDto exit, CancellationToken ct = default)
    {
        var protocols = await ProtocolsAsync(plieId, ct);
        return protocols.IsEmpty ? null : PositiveExitRules.Evaluate(protocols.RulesOn(exit.Date!.Value), [.. journey, exit], exit);
    }

    /// <summary>Each recorded exit of <paramref name="person"/> (events loaded), by event id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ExitVerdict>> VerdictsAsync(Person person, CancellationToken ct = default)
    {
        if (!person.Events.OfType<ExitEvent>().Any()) return new Dictionary<Guid, ExitVerdict>();
        return Verdicts(person.Events, await ProtocolsAsync(person.PlieId, ct));
    }

    /// <summary>Each exit of <paramref name="events"/> (a person's journey) judged by the protocol in force on its date.</summary>
    public static IReadOnlyDictionary<Guid, ExitVerdict> Verdicts(IReadOnlyCollection<JourneyEvent> events, ExitProtocols protocols)
    {
        var exits = events.OfType<ExitEvent>().ToList();
        if (exits.Count == 0 || protocols.IsEmpty) return new Dictionary<Guid, ExitVerdict>();
        var journey = events.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto).ToList();
        return exits.ToDictionary(x => x.Id, x => PositiveExitRules.Evaluate(protocols.RulesOn(x.Date), journey, JourneyMapping.ToDto(x)));
    }

    private async Task<ExitProtocols> ProtocolsAsync(Guid plieId, CancellationToken ct) =>
        new(await db.Protocols.AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct));
}
