using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The prescriber kinds (contract §4.1 <c>prescriberKind</c>) a user of each kind of organisation refers as: a France
/// Travail agency as <c>france_travail</c>, a Département as <c>departement</c>, another prescribing organisation (CCAS,
/// Mission Locale, SPIP, commune, association) as the kind it chooses, <c>other</c> by default.
/// </summary>
public static class PrescriberKinds
{
    private static readonly string[] Others = ["mission_locale", "ccas", "spip", "commune", "other"];

    /// <summary>The kinds allowed, the first being the default; empty when the organisation does not prescribe.</summary>
    public static IReadOnlyList<string> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.FranceTravailAgency => ["france_travail"],
        OrganisationKind.Departement => ["departement"],
        OrganisationKind.Prescriber => ["other", .. Others.Where(o => o != "other")],
        _ => [],
    };

    /// <summary>The command line acts for the instance: any kind but a spontaneous application, which no one prescribes.</summary>
    public static IReadOnlyList<string> ForSystem { get; } = [.. Codes.PrescriberKinds.Keys.Where(k => k != "spontaneous")];
}
