namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// The fields of the online fiche de liaison, as typed. Coded fields only (000 data annex: no free-text field): names,
/// dates and identifiers are checked by <see cref="Core.Referrals.ReferralService"/>, which names the field in its messages.
/// </summary>
public sealed class ReferralInput
{
    public string? Date { get; set; }
    public string? Channel { get; set; } = "flow";
    public string? PrescriberKind { get; set; }

    public string? LastName { get; set; }
    public string? BirthName { get; set; }
    public string? FirstName { get; set; }
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }

    /// <summary>A commune of the PLIE's territory, from the list.</summary>
    public string? Commune { get; set; }

    /// <summary>The INSEE code of a commune outside the territory; wins over <see cref="Commune"/> when given.</summary>
    public string? OtherCommune { get; set; }
    public string? FranceTravailId { get; set; }

    public bool Rsa { get; set; }
    public bool Ass { get; set; }
    public bool Aah { get; set; }
    public bool Rqth { get; set; }
    public bool Qpv { get; set; }
    public bool LongTermUnemployed { get; set; }
    public bool SingleParent { get; set; }
    public bool SelfEmployed { get; set; }
    public bool FollowedByMissionLocale { get; set; }
    public string? EducationLevel { get; set; }

    public bool PersonInformed { get; set; }

    /// <summary>The answer to suspected duplicates: "autre" (another person) or the id of the known person to attach to.</summary>
    public string? Doublon { get; set; }

    /// <summary>The identity the duplicates were shown for: an answer given for another identity is not used.</summary>
    public string? Verifie { get; set; }
}
