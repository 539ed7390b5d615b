using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Eligibility;

/// <summary>Eligibility of a stored person against their PLIE's stored protocol, audited, within the tenant.</summary>
public class EligibilityServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_stored_person_is_evaluated_with_their_history_and_the_read_is_audited_by_ids_only()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        // 003 art. 3: a pathway under the present protocol, left without an administrative reason.
        var person = await new PersonBuilder(casa.Id).Named("Awa", "Martin").BornOn(new(1980, 5, 4))
            .WithEvents(_ =>
            [
                new ReferralEvent { Date = new(2021, 2, 1), PrescriberKind = "france_travail", Channel = "flow" },
                new IntegrationEvent { Date = new(2021, 3, 1) },
                new ExitEvent { Date = new(2021, 10, 1), Reason = "dropout" },
            ])
            .SaveAsync(Db);

        await using var scope = Db.SystemScope();
        var answer = await scope.ServiceProvider.GetRequiredService<EligibilityService>().EvaluateAsync(person.Id, new(2022, 6, 1));

        Assert.NotNull(answer);
        Assert.False(answer.Eligible);
        Assert.False(answer.Rule("no_previous_pathway").Passed);
        Assert.True(answer.Rule("territory").Passed);
        var line = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.SingleAsync(e => e.Action == "person.eligibility");
        Assert.Equal(person.Id.ToString(), line.RecordId);
        Assert.Equal(casa.Id, line.PlieId);
        Assert.DoesNotContain("Martin", line.Detail ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("eligible", line.Detail ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_its_period_a_PLIE_keeps_applying_its_last_protocol()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(casa.Id).BornOn(new(1980, 5, 4)).WithEvents(_ => []).SaveAsync(Db);

        await using var scope = Db.SystemScope();
        var answer = await scope.ServiceProvider.GetRequiredService<EligibilityService>().EvaluateAsync(person.Id, new(2026, 1, 15));

        Assert.NotNull(answer);
        Assert.True(answer.Eligible);
        Assert.Equal("aucun parcours sur le présent protocole (du 01/01/2021 au 31/12/2023)", answer.Rule("no_previous_pathway").Detail);
    }

    [Fact]
    public async Task Unknown_or_other_PLIE_person_is_not_found_and_nothing_is_audited()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var person = await new PersonBuilder(casa.Id).SaveAsync(Db);
        var referent = await Seed.UserAsync(Db, "cov", Role.Referent);

        await using var scope = await Db.UserScopeAsync(referent);
        var service = scope.ServiceProvider.GetRequiredService<EligibilityService>();

        Assert.Null(await service.EvaluateAsync(person.Id, new(2025, 1, 1)));
        Assert.Null(await service.EvaluateAsync(Guid.NewGuid(), new(2025, 1, 1)));
        await using var system = Db.SystemScope();
        Assert.False(await system.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AnyAsync(e => e.Action == "person.eligibility"));
    }
}
