namespace Passerelle.Core.Organisations;

public enum Permission
{
    /// <summary>Read the identity and journey of the PLIE's people.</summary>
    ReadPersons,
    /// <summary>Record journey facts (contacts, steps, exits…).</summary>
    WritePersons,
    /// <summary>Import and export whole journey files.</summary>
    ImportExport,
    /// <summary>Read aggregated reports (no names).</summary>
    ReadReports,
    /// <summary>Manage organisations of the instance.</summary>
    ManageOrganisations,
    /// <summary>Manage users of one's own organisation (or all, for the platform administrator).</summary>
    ManageUsers,
    /// <summary>Search and verify the audit trail.</summary>
    ReadAudit,
    /// <summary>
    /// Run the integration commission (CISP, CGP or validation by list): sessions, decisions, minutes, referent
    /// assignment and handover (domain.md « Governance »: the équipe d'animation et de gestion runs commissions).
    /// </summary>
    RunCommission,
}
