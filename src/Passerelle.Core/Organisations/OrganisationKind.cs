namespace Passerelle.Core.Organisations;

/// <summary>What an organisation is in the PLIE's world (domain.md, "The actors").</summary>
public enum OrganisationKind
{
    /// <summary>The instance operator: platform administrators belong to it.</summary>
    Platform,
    /// <summary>An EPCI, EPT or Métropole carrying one or several PLIE.</summary>
    Carrier,
    Plie,
    FranceTravailAgency,
    Departement,
    /// <summary>CCAS, Mission Locale, SPIP, commune, association…</summary>
    Prescriber,
}
