using Passerelle.Core.Exchange;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Eligibility;

/// <summary>What every rule may look at: the protocol, the person, the date of the decision and the history.</summary>
internal sealed class EligibilityCase
{
    public EligibilityCase(ProtocolDefinition protocol, JourneyPersonDto person, DateOnly on, CommuneReferential communes)
    {
        Protocol = protocol;
        Person = person;
        On = on;
        Communes = communes;
        // A decision taken on a date knows nothing of what came after it.
        History = person.Events.Where(e => (e.Date ?? e.Start) is not { } d || d <= on).ToList();
        // A stored person whose identity retention has erased has no birth date left (JourneyMapping gives default).
        Age = person.BirthDate == default ? null : PersonAge.On(person.BirthDate, on);
    }

    public ProtocolDefinition Protocol { get; }
    public JourneyPersonDto Person { get; }
    public DateOnly On { get; }
    public CommuneReferential Communes { get; }

    /// <summary>The person's events dated on or before <see cref="On"/>, in journey order.</summary>
    public IReadOnlyList<JourneyEventDto> History { get; }

    /// <summary>Age in whole years on <see cref="On"/>; null when the birth date is unknown.</summary>
    public int? Age { get; }
}
