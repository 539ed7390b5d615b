using Passerelle.Core.Exchange;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Exits;

/// <summary>
/// The exit rules of a PLIE's protocols, chosen by exit date, and the contract §4.3 <c>computed</c> field they give
/// each exit of a journey. An exit is judged by the protocol in force on its date; outside every protocol's period,
/// by the latest protocol begun before it (a PLIE keeps its rules until a new protocol is recorded), else the first.
/// </summary>
public sealed class ExitProtocols
{
    private readonly IReadOnlyList<(DateOnly From, DateOnly To, ExitRules Rules)> protocols;

    public ExitProtocols(IEnumerable<Protocol> protocols) =>
        this.protocols = [.. protocols.OrderBy(p => p.ValidFrom).Select(p => (p.ValidFrom, p.ValidTo, p.Definition.Exits))];

    public bool IsEmpty => protocols.Count == 0;

    public ExitRules RulesOn(DateOnly date)
    {
        if (IsEmpty) throw new InvalidOperationException("The PLIE has no protocol.");
        foreach (var p in protocols) if (p.From <= date && date <= p.To) return p.Rules;
        return protocols.LastOrDefault(p => p.From <= date) is { Rules: not null } before ? before.Rules : protocols[0].Rules;
    }

    /// <summary>The person with <see cref="JourneyEventDto.Computed"/> set on each exit (left as is without a protocol).</summary>
    public JourneyPersonDto Annotate(JourneyPersonDto person)
    {
        if (IsEmpty || !person.Events.Any(e => e.Type == "exit")) return person;
        return person with
        {
            Events = [.. person.Events.Select(e => e.Type == "exit" && e.Date is { } date
                ? e with { Computed = PositiveExitRules.Evaluate(RulesOn(date), person.Events, e).ToComputed() }
                : e)],
        };
    }
}
