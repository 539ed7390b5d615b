using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Administration;

/// <summary>French names of the kinds of organisation.</summary>
public static class KindLabels
{
    public static string Label(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Platform => "Plateforme",
        OrganisationKind.Carrier => "Structure porteuse (EPCI, EPT, Métropole)",
        OrganisationKind.Plie => "PLIE",
        OrganisationKind.FranceTravailAgency => "Agence France Travail",
        OrganisationKind.Departement => "Département",
        OrganisationKind.Prescriber => "Autre prescripteur",
        _ => kind.ToString(),
    };
}
