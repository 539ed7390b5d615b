namespace Passerelle.Core.Exchange;

/// <summary>The <c>person</c> object of contract §4.</summary>
public sealed record JourneyPersonDto
{
    public required string Ref { get; init; }
    public required string LastName { get; init; }
    public required string FirstName { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required string Sex { get; init; }
    public required string CommuneInsee { get; init; }
    public string? FranceTravailId { get; init; }
    public required SituationDto Situation { get; init; }
    public IReadOnlyList<JourneyEventDto> Events { get; init; } = [];
}
