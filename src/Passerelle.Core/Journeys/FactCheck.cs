using Passerelle.Core.Exchange;

namespace Passerelle.Core.Journeys;

/// <summary>
/// A fact checked against a person's journey without being recorded: the journey as it stands (recorded order),
/// the fact as the rules normalise it (null when refused) and the problems found.
/// </summary>
public sealed record FactCheck(Guid PlieId, IReadOnlyList<JourneyEventDto> Journey, JourneyEventDto? Fact, IReadOnlyList<FactError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Fact is not null;
}
