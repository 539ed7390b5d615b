namespace Passerelle.Core.Journeys;

/// <summary>
/// What became of a fact submitted to <see cref="JourneyRecorder"/>: recorded (<see cref="FactId"/>) or refused with its
/// <see cref="Errors"/>, nothing written. <see cref="Fact"/> is the fact as normalised by the rules, when they passed.
/// </summary>
public sealed record FactResult(Guid? FactId, Exchange.JourneyEventDto? Fact, IReadOnlyList<FactError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static FactResult Refused(IReadOnlyList<FactError> errors) => new(null, null, errors);
}
