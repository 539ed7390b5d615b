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
        // and its referents (CPI co-animating with France Travail, 001 art. 2-2). A director also reads the aggregates of the
        // PLIE of their own carrier (several PLIE carried by one Métropole, 000 Annexe 2: MPM Centre, Ouest, Est); a
        // coordinator reads their own PLIE's only.
        [Role.Director] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.ReadPathwayStatistics,
            Permission.ManageUsers, Permission.ManageInfoSessions, Permission.RunCommission, Permission.ManageExchanges, Permission.ReadRegionalIndicators],
        [Role.Coordinator] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.ReadPathwayStatistics,
            Permission.ManageInfoSessions, Permission.RunCommission, Permission.ManageExchanges],
        [Role.Referent] = [Permission.ReadPersons, Permission.WritePersons, Permission.ReadReports, Permission.ReadPathwayStatistics, Permission.ManageInfoSessions],
        [Role.Assistant] = [Permission.ReadPersons, Permission.WritePersons],
        [Role.EmployerRelations] = [Permission.ReadPersons, Permission.ReadReports],
        [Role.ClauseFacilitator] = [Permission.ReadPersons, Permission.ReadReports],
        // Partners send fiches de liaison and see the status of the people their organisation referred; nothing of the
        // PLIE's files (000 data convention art. 5: only each party's agents access its data).
        [Role.FtCounsellor] = [Permission.ReferPersons],
        // The PLIE correspondent of an agency consolidates the bilans with the PLIE it has conventions with (002 art. 7:
        // « consolidés ensemble entre coordonnateurs du PLIE et la Direction de Pôle emploi »): aggregates only; and
        // downloads the tables and minutes where a convention says so (issue 5 item 3).
        [Role.FtCorrespondent] = [Permission.ReadReports, Permission.ReferPersons, Permission.ReadRegionalIndicators, Permission.ReadPartnerExchanges],
        [Role.SocialWorker] = [Permission.ReferPersons],
        [Role.Admin] = [Permission.ManageOrganisations, Permission.ManageUsers],
        // The DPO answers access and erasure requests: reads people of their PLIE and the audit trail.
        [Role.Dpo] = [Permission.ReadPersons, Permission.ReadAudit],
        // FSE control: reads files and reports, writes nothing.
        // An auditor of the platform or of a carrier also reads the aggregates of the PLIE of that scope: the regional
        // correspondents of 000 art. 7 receive the bilans of every PLIE of the region (Reporting/Regional/RegionalScope).
        [Role.Auditor] = [Permission.ReadPersons, Permission.ReadReports, Permission.ReadAudit, Permission.ReadRegionalIndicators],
    };

    public static bool Has(Role role, Permission permission) => Map[role].Contains(permission);

    public static IReadOnlyList<Permission> Of(Role role) => Map[role];
}
