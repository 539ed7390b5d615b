namespace Passerelle.Core.Conventions;

/// <summary>A convention as typed on the coordinator's page (null: missing or unreadable, reported by the page).</summary>
public sealed record ConventionInput(
    string? Title,
    string? Kind,
    Guid? PartnerId,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? ReviewOn,
    string? Frequency,
    int? DueBeforeDay,
    string? Channel,
    IReadOnlyList<string> AllowedItems,
    IReadOnlyList<CorrespondentInput> Correspondents,
    int? RetentionMonthsAfterEnd,
    int? RetentionMonthsAfterAccompaniment,
    bool CorrespondentAccess = false);
