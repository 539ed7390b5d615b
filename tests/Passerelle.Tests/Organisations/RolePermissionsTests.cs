using Passerelle.Core.Organisations;

namespace Passerelle.Tests.Organisations;

public class RolePermissionsTests
{
    [Theory]
    [InlineData(Role.Referent, Permission.ReadPersons, true)]
    [InlineData(Role.Referent, Permission.WritePersons, true)]
    [InlineData(Role.Referent, Permission.ImportExport, false)]
    [InlineData(Role.Coordinator, Permission.ImportExport, true)]
    [InlineData(Role.Director, Permission.ManageUsers, true)]
    [InlineData(Role.Assistant, Permission.ReadReports, false)]
    // Partners read nothing of the PLIE's files (000 data convention: only the agents of each party access its data).
    [InlineData(Role.FtCounsellor, Permission.ReadPersons, false)]
    [InlineData(Role.FtCorrespondent, Permission.ReadPersons, false)]
    [InlineData(Role.SocialWorker, Permission.ReadPersons, false)]
    // The platform administrator manages accounts, not people.
    [InlineData(Role.Admin, Permission.ReadPersons, false)]
    [InlineData(Role.Admin, Permission.ManageOrganisations, true)]
    [InlineData(Role.Dpo, Permission.ReadAudit, true)]
    [InlineData(Role.Dpo, Permission.WritePersons, false)]
    [InlineData(Role.Auditor, Permission.WritePersons, false)]
    [InlineData(Role.Auditor, Permission.ReadAudit, true)]
    // Information collectives: run by the PLIE's team and referents; France Travail users see nothing of them for now.
    [InlineData(Role.Referent, Permission.ManageInfoSessions, true)]
    [InlineData(Role.Coordinator, Permission.ManageInfoSessions, true)]
    [InlineData(Role.FtCounsellor, Permission.ManageInfoSessions, false)]
    [InlineData(Role.FtCorrespondent, Permission.ManageInfoSessions, false)]
    // Pathway figures by referent: the management team, and each referent for their own pathways (issue 4 item 6).
    [InlineData(Role.Director, Permission.ReadPathwayStatistics, true)]
    [InlineData(Role.Coordinator, Permission.ReadPathwayStatistics, true)]
    [InlineData(Role.Referent, Permission.ReadPathwayStatistics, true)]
    [InlineData(Role.Assistant, Permission.ReadPathwayStatistics, false)]
    [InlineData(Role.EmployerRelations, Permission.ReadPathwayStatistics, false)]
    [InlineData(Role.FtCorrespondent, Permission.ReadPathwayStatistics, false)]
    [InlineData(Role.Auditor, Permission.ReadPathwayStatistics, false)]
    public void Each_role_has_exactly_its_permissions(Role role, Permission permission, bool expected) =>
        Assert.Equal(expected, RolePermissions.Has(role, permission));

    [Fact]
    public void Every_role_has_a_code_a_french_label_and_a_permission_list()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(Roles.TryParse(Roles.Code(role), out var parsed));
            Assert.Equal(role, parsed);
            Assert.False(string.IsNullOrWhiteSpace(Roles.Label(role)));
            Assert.NotNull(RolePermissions.Of(role));
        }
    }

    [Theory]
    [InlineData("director")]
    [InlineData("coordinator")]
    [InlineData("referent")]
    [InlineData("employer_relations")]
    [InlineData("clause_facilitator")]
    [InlineData("assistant")]
    [InlineData("ft_counsellor")]
    [InlineData("ft_correspondent")]
    [InlineData("social_worker")]
    [InlineData("admin")]
    [InlineData("dpo")]
    [InlineData("auditor")]
    public void The_role_codes_of_the_contract_are_understood(string code) => Assert.True(Roles.TryParse(code, out _));
}
