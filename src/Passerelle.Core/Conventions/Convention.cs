namespace Passerelle.Core.Conventions;

/// <summary>
/// A convention between the PLIE and a France Travail agency or a Département (issue 5 item 1): the partnership
/// convention (000 « convention locale », 001, 002) or the personal-data exchange convention attached to it (000 and 001
/// « convention relative à l'échange de données à caractère personnel »). It says what may cross
/// (<see cref="AllowedItems"/>, keys of <see cref="DataItems"/>: « l'échange de données se limitera strictement aux
/// données listées », 000 data convention, annexe), how often (<see cref="Frequency"/>; « avant le 7 du mois suivant »,
/// <see cref="DueBeforeDay"/>, 000 art. 3-4 b), by which channel, with which correspondents (roles and organisations only,
/// annexe « contacts des parties » / 001 annexe 3), and how long data is kept (000 data convention art. 4.2: 10 years
/// after the convention ends; 001: 2 months). Tenant-owned.
/// </summary>
public class Convention
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }

    /// <summary>A short title, e.g. « Convention d'échange de données PLIE – France Travail Antibes ».</summary>
    public required string Title { get; set; }

    /// <summary>Code of <see cref="ConventionCodes.Kinds"/>: <c>partnership</c> or <c>data_exchange</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The France Travail agency or Département (an <see cref="Organisations.Organisation"/> of the instance).</summary>
    public Guid PartnerId { get; set; }

    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Next review (« le comité de pilotage … se réunit a minima une fois par an », 000 art. 7).</summary>
    public DateOnly? ReviewOn { get; set; }

    /// <summary>Code of <see cref="ConventionCodes.Frequencies"/> (monthly, quarterly, four-monthly).</summary>
    public required string Frequency { get; set; }

    /// <summary>The table of a period is due before this day of the following month (7: « avant le 7 du mois suivant »).</summary>
    public int DueBeforeDay { get; set; } = 7;

    /// <summary>Code of <see cref="ConventionCodes.Channels"/> (FilR, encrypted e-mail…).</summary>
    public required string Channel { get; set; }

    /// <summary>Keys of <see cref="DataItems"/> the PLIE may send to the partner.</summary>
    public List<string> AllowedItems { get; set; } = [];

    public List<ConventionCorrespondent> Correspondents { get; set; } = [];

    /// <summary>Personal data destroyed at the latest this many months after the convention ends (000: 120; 001: 2).</summary>
    public int RetentionMonthsAfterEnd { get; set; }

    /// <summary>Data received from the partner kept this many months after the accompaniment ends (000 art. 8: 6), if set.</summary>
    public int? RetentionMonthsAfterAccompaniment { get; set; }

    /// <summary>
    /// Whether the France Travail agency's PLIE correspondents (<c>ft_correspondent</c>) may sign in and download the tracking
    /// tables sent under this convention and the minutes of the PLIE's commissions, instead of receiving them by mail
    /// (issue 5 item 3; optional, agreed per convention). Only for a France Travail agency.
    /// </summary>
    public bool CorrespondentAccess { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}
