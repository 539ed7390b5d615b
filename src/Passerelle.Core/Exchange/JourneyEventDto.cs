namespace Passerelle.Core.Exchange;

/// <summary>
/// One event of contract §4.1: <see cref="Type"/> tells which fields apply. Absent fields are omitted when written
/// (serialise with <see cref="JourneyJson.Options"/>).
/// </summary>
public sealed record JourneyEventDto
{
    public required string Type { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public string? PrescriberKind { get; init; }
    public string? PrescriberOrg { get; init; }
    public string? Channel { get; init; }
    public string? Organiser { get; init; }
    public bool? Attended { get; init; }
    public string? Mode { get; init; }
    public string? Reason { get; init; }
    public string? Reorientation { get; init; }
    public string? Referent { get; init; }
    public string? Kind { get; init; }
    public decimal? WeeklyHours { get; init; }
    public decimal? HoursWorked { get; init; }
    public bool? InsertionCompany { get; init; }
    public bool? Qualifying { get; init; }
    public DateOnly? QualificationObtained { get; init; }
    public IReadOnlyList<string>? Proofs { get; init; }
    public bool? AtypicalApproved { get; init; }
    public string? Family { get; init; }
    public DateOnly? WorkedFrom { get; init; }
    public string? Outcome { get; init; }
    public DateOnly? OutcomeDate { get; init; }
    /// <summary>Months of an <c>extension</c> granted by the commission.</summary>
    public int? Months { get; init; }
    /// <summary>ROME grand domaine of a <c>sector_wish</c> (<see cref="Journeys.Codes.Sectors"/>).</summary>
    public string? Sector { get; init; }

    /// <summary>Export only (contract §4.3), on exit events.</summary>
    public ExitComputedDto? Computed { get; init; }
}
