using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// Duplicate and double-pathway detection (issue 3 item 2; domain.md: "same France Travail id, or same name + birth
/// date"; 000 art. 3-4 a: "il vérifie que ce dernier n'est pas déjà bénéficiaire d'un accompagnement réalisé par le
/// PLIE"), on the database: one known person, MARTIN-DURAND Éloïse née Lefèvre, born 14/07/1985, France Travail id 1234567A.
/// </summary>
public class DuplicateFinderTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1985, 7, 14);

    private static List<JourneyEvent> InPathway(DateOnly d) =>
    [
        new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = d.AddDays(20) },
    ];

    private static List<JourneyEvent> Exited(DateOnly d) =>
    [
        .. InPathway(d),
        new ExitEvent { Date = d.AddDays(200), Reason = "moved" },
    ];

    private async Task<(Guid Plie, Guid Person)> KnownAsync(Func<DateOnly, List<JourneyEvent>>? journey = null)
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(casa.Id).Named("Éloïse", "Martin-Durand").WithBirthName("Lefèvre").BornOn(Born)
            .WithFranceTravailId("1234567A").WithEvents(journey ?? InPathway).SaveAsync(Db);
        return (casa.Id, person.Id);
    }

    private async Task<DuplicateReport> FindAsync(Guid plie, IdentityProbe probe)
    {
        await using var scope = Db.SystemScope();
        var report = await scope.ServiceProvider.GetRequiredService<DuplicateFinder>().FindAsync(probe, plie);
        await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().SaveChangesAsync();
        return report;
    }

    [Theory]
    [InlineData("1234567A", "Martin-Durand", "Éloïse", DuplicateReasons.FranceTravailId | DuplicateReasons.NameAndBirthDate)]
    [InlineData(" 1234567a ", "MARTIN DURAND", "ELOISE", DuplicateReasons.FranceTravailId | DuplicateReasons.NameAndBirthDate)]
    [InlineData(null, "martin-durand", "eloise", DuplicateReasons.NameAndBirthDate)]
    [InlineData(null, "Durand", "Éloïse", DuplicateReasons.NameAndBirthDate)]
    [InlineData(null, "Lefevre", "Eloise", DuplicateReasons.NameAndBirthDate)]
    [InlineData("7654321B", "Martin Durand", "Éloïse", DuplicateReasons.NameAndBirthDate)]
    [InlineData("1234567A", "Benali", "Karim", DuplicateReasons.FranceTravailIdCollision)]
    public async Task Each_rule_finds_the_known_person_with_its_reasons(string? ftId, string last, string first, DuplicateReasons expected)
    {
        var (plie, person) = await KnownAsync();

        var report = await FindAsync(plie, new IdentityProbe(last, first, null, Born, ftId));

        var candidate = Assert.Single(report.Candidates);
        Assert.Equal(person, candidate.PersonId);
        Assert.Equal(expected, candidate.Reasons);
        Assert.Equal(JourneyState.InPathway, candidate.State);
        Assert.False(report.InPathwayInAnotherPlie);
    }

    [Fact]
    public async Task A_France_Travail_id_collision_with_another_name_is_flagged_and_cannot_be_attached()
    {
        var (plie, _) = await KnownAsync();

        var report = await FindAsync(plie, new IdentityProbe("Benali", "Karim", null, new(1990, 1, 2), "1234567A"));

        var candidate = Assert.Single(report.Candidates);
        Assert.True(candidate.IsCollision);
        Assert.False(candidate.CanAttach);
        Assert.True(report.HasCollision);
    }

    [Theory]
    [InlineData("Martin-Durand", "Éloïse", 1985, 7, 15)]
    [InlineData("Martin-Durand", "Sophie", 1985, 7, 14)]
    [InlineData("Moreau", "Éloïse", 1985, 7, 14)]
    public async Task Another_person_is_not_a_candidate(string last, string first, int y, int m, int d)
    {
        var (plie, _) = await KnownAsync();

        var report = await FindAsync(plie, new IdentityProbe(last, first, null, new(y, m, d), null));

        Assert.False(report.Any);
    }

    [Fact]
    public async Task The_birth_name_given_at_referral_finds_a_person_known_under_it()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await new PersonBuilder(casa.Id).Named("Sophie", "Dubois").BornOn(Born).WithFranceTravailId(null).SaveAsync(Db);

        var report = await FindAsync(casa.Id, new IdentityProbe("Martin", "Sophie", "Dubois", Born, null));

        Assert.Equal(DuplicateReasons.NameAndBirthDate, Assert.Single(report.Candidates).Reasons);
    }

    [Fact]
    public async Task A_pathway_in_another_PLIE_is_reported_without_any_of_its_data_and_audited_for_that_PLIE()
    {
        var (casa, known) = await KnownAsync();
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");

        var report = await FindAsync(cov.Id, new IdentityProbe("Martin-Durand", "Eloise", null, Born, null));

        Assert.Empty(report.Candidates);
        Assert.True(report.InPathwayInAnotherPlie);
        await using var scope = Db.SystemScope();
        var line = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.SingleAsync(a => a.Action == "referral.duplicate_check");
        Assert.Equal(known.ToString(), line.RecordId);
        Assert.Equal(casa, line.PlieId);
    }

    [Theory]
    [InlineData("exited")]
    [InlineData("collision")]
    public async Task Another_PLIE_counts_only_for_the_same_person_in_an_active_pathway(string situation)
    {
        var (_, _) = await KnownAsync(situation == "exited" ? Exited : InPathway);
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var probe = situation == "exited"
            ? new IdentityProbe("Martin-Durand", "Éloïse", null, Born, "1234567A")
            : new IdentityProbe("Benali", "Karim", null, new(1990, 1, 2), "1234567A");

        var report = await FindAsync(cov.Id, probe);

        Assert.False(report.Any);
    }

    [Fact]
    public async Task Many_identities_are_checked_in_one_batch_in_their_order()
    {
        var (plie, person) = await KnownAsync();

        await using var scope = Db.SystemScope();
        var reports = await scope.ServiceProvider.GetRequiredService<DuplicateFinder>().FindAsync(
        [
            new IdentityProbe("Moreau", "Léa", null, new(1990, 1, 1), null),
            new IdentityProbe("Martin-Durand", "Éloïse", null, Born, null),
        ], plie);

        Assert.Equal(2, reports.Count);
        Assert.False(reports[0].Any);
        Assert.Equal(person, Assert.Single(reports[1].Candidates).PersonId);
    }
}
