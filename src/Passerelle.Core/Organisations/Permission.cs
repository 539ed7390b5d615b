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
    /// Send fiches de liaison to the PLIE of the instance and follow the status of the people one's own organisation
    /// referred, nothing else of the PLIE (prescribers: France Travail, Départements, other prescribing organisations).
    /// </summary>
    ReferPersons,
    /// <summary>Plan information collectives, convoke the PLIE's referred people, take attendance, report absences.</summary>
    ManageInfoSessions,
    /// <summary>
    /// Read the pathway figures of the PLIE (durations, steps, barriers, exits, proofs, requests) and, for those who also
    /// read people, the people behind each figure. Referents read their own pathways' figures only.
    /// </summary>
    ReadPathwayStatistics,
    /// <summary>
    /// Run the integration commission (CISP, CGP or validation by list): sessions, decisions, minutes, referent
    /// assignment and handover (domain.md « Governance »: the équipe d'animation et de gestion runs commissions).
    /// </summary>
    RunCommission,
    /// <summary>
    /// Keep the register of conventions with France Travail and the Départements, and produce the monthly tracking tables
    /// for France Travail with their register (issue 5; the équipe d'animation et de gestion sends them, 000 art. 3-4 b).
    /// </summary>
    ManageExchanges,
    /// <summary>
    /// Read aggregated figures of several PLIE, never their people: the regional pilot indicators (000 art. 7, 002 art. 7)
    /// and the Bilan qualitatif (000 Annexe 2) of the PLIE of one's group (<see cref="Reporting.Regional.RegionalScope"/>:
    /// the instance for the platform, a carrier's PLIE, the PLIE conventioned with a France Travail agency, the PLIE of
    /// one's own carrier for a PLIE director).
    /// </summary>
    ReadRegionalIndicators,
    /// <summary>
    /// France Travail's PLIE correspondent, where a convention of their agency allows it: download the tracking tables sent
    /// to the agency and the minutes of the PLIE's commissions, nothing else of the PLIE (issue 5 item 3).
    /// </summary>
    ReadPartnerExchanges,
}
