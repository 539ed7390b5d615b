namespace Passerelle.Core.Organisations;

/// <summary>
/// Roles → permissions, in one place. A permission to read people is always limited to the user's own PLIE
/// (tenant isolation is applied by the database context, not here).
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Map = new()
    {
        [Role.Director] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.ManageUsers, Permission.RunCommission],
        [Role.Coordinator] = [Permission.ReadPersons, Permission.WritePersons, Permission.ImportExport, Permission.ReadReports, Permission.RunCommission],
        [Role.Referent] = [Permission.ReadPersons, Permission.WritePersons, Permission.ReadReports],
        [Role.Assistant] = [Permission.ReadPersons, Permission.WritePersons],
        [Role.EmployerRelations] = [Permission.ReadPersons, Permission.ReadReports],
        [Role.ClauseFacilitator] = [Permission.ReadPersons, Permission.ReadReports],
        // Partners see the people they referred once the referral issue lands; nothing of the PLIE's files here.
        [Role.FtCounsellor] = [],
        [Role.FtCorrespondent] = [Permission.ReadReports],
        [Role.SocialWorker] = [],
        [Role.Admin] = [Permission.ManageOrganisations, Permission.ManageUsers],
        // The DPO answers access and erasure requests: reads people of their PLIE and the audit trail.
        [Role.Dpo] = [Permission.ReadPersons, Permission.ReadAudit],
        // FSE control: reads files and reports, writes nothing.
        [Role.Auditor] = [Permission.ReadPersons, Permission.ReadReports, Permission.ReadAudit],
    };

    public static bool Has(Role role, Permission permission) => Map[role].Contains(permission);

    public static IReadOnlyList<Permission> Of(Role role) => Map[role];
}
