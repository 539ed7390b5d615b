namespace Passerelle.Core.Organisations;

/// <summary>
/// Roles → permissions, in one place. A permission to read people is always limited to the user's own PLIE
/// (tenant isolation is applied by the database context, not here).
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Map = new()
    {
        // The management team steers the pathways of the whole PLIE and of each referent (domain.md « équipe d'animation
        // et de gestion »); a referent reads the figures of their own pathways. Figures by referent are a management
        // tool: the other roles that read reports do not get them. Information collectives are run by the PLIE's team
        // and its referents (CPI co-animating with France Travail, 001 art. 2-2).
        [Role.Director] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.ReadPathwayStatistics,
            Permission.ManageUsers, Permission.ManageInfoSessions, Permission.RunCommission, Permission.ManageExchanges],
        [Role.Coordinator] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.ReadPathwayStatistics,
            Permission.ManageInfoSessions, Permission.RunCommission, Permission.ManageExchanges],
        [Role.Referent] = [Permission.ReadPersons, Permission.WritePersons, Permission.ReadReports, Permission.ReadPathwayStatistics, Permission.ManageInfoSessions],
        [Role.Assistant] = [Permission.ReadPersons, Permission.WritePersons],
        [Role.EmployerRelations] = [Permission.ReadPersons, Permission.ReadReports],
        [Role.ClauseFacilitator] = [Permission.ReadPersons, Permission.ReadReports],
        // Partners send fiches de liaison and see the status of the people their organisation referred; nothing of the
        // PLIE's files (000 data convention art. 5: only each party's agents access its data).
        [Role.FtCounsellor] = [Permission.ReferPersons],
        // The agency's PLIE correspondent also downloads the tables and minutes where a convention says so (issue 5 item 3).
        [Role.FtCorrespondent] = [Permission.ReadReports, Permission.ReferPersons, Permission.ReadPartnerExchanges],
        [Role.SocialWorker] = [Permission.ReferPersons],
        [Role.Admin] = [Permission.ManageOrganisations, Permission.ManageUsers],
        // The DPO answers access and erasure requests: reads people of their PLIE and the audit trail.
        [Role.Dpo] = [Permission.ReadPersons, Permission.ReadAudit],
        // FSE control: reads files and reports, writes nothing.
        [Role.Auditor] = [Permission.ReadPersons, Permission.ReadReports, Permission.ReadAudit],
    };

    public static bool Has(Role role, Permission permission) => Map[role].Contains(permission);

    public static IReadOnlyList<Permission> Of(Role role) => Map[role];
}
