using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Conventions;

namespace Passerelle.Tests.Conventions;

/// <summary>The conventions register (issue 5 item 1): what a convention must carry, changes, and the alerts before its end.</summary>
public class ConventionServiceTests : Tracking.TrackingTest
{
    [Fact]
    public async Task A_convention_missing_everything_is_refused_field_by_field_and_nothing_is_written()
    {
        await using var scope = await Db.UserScopeAsync(Coordinator);
        var service = scope.ServiceProvider.GetRequiredService<ConventionService>();
        var input = new ConventionInput(" ", "treaty", Guid.NewGuid(), new(2027, 1, 1), new(2026, 1, 1), null, null, 40, "pigeon",
            [DataItems.Comments, "income"], [new("governance", null, " ")], null, 300);

        var outcome = await service.SaveAsync(null, input);

        Assert.Equal(["title", "kind", "partner", "endsOn", "frequency", "dueBeforeDay", "channel", "allowedItems", "allowedItems",
            "correspondents[0].side", "correspondents[0].organisation", "retentionMonthsAfterEnd", "retentionMonthsAfterAccompaniment"],
            outcome!.Errors.Select(e => e.Field));
        Assert.Contains(outcome.Errors, e => e.Message.Contains("aucune rubrique de texte libre", StringComparison.Ordinal));
        Assert.Single(await service.ListAsync());
    }

    [Fact]
    public async Task A_convention_is_changed_and_keeps_its_allow_list_in_the_annex_order()
    {
        await using var scope = await Db.UserScopeAsync(Coordinator);
        var service = scope.ServiceProvider.GetRequiredService<ConventionService>();
        var changed = ConventionInput(AgencyOrg.Id) with { AllowedItems = [DataItems.Exit, DataItems.FranceTravailId], Correspondents = [new("dpo", "plie", "SICTIAM")] };

        var outcome = await service.SaveAsync(ConventionId, changed);

        Assert.True(outcome!.Succeeded);
        var convention = (await service.GetAsync(ConventionId))!;
        Assert.Equal([DataItems.FranceTravailId, DataItems.Exit], convention.AllowedItems);
        Assert.Equal("SICTIAM", Assert.Single(convention.Correspondents).Organisation);
        Assert.Null(await service.SaveAsync(Guid.NewGuid(), changed));
    }

    [Theory]
    [InlineData("2027-09-29", null)]
    [InlineData("2027-09-30", "ending")]
    [InlineData("2027-12-31", "ending")]
    [InlineData("2028-01-01", "ended")]
    [InlineData("2028-04-01", "ended")]
    [InlineData("2028-04-02", null)]
    public void A_convention_is_flagged_92_days_before_its_end_and_92_days_after_it_ended(string today, string? kind)
    {
        var convention = new Convention
        {
            Title = "CASA",
            Kind = ConventionCodes.DataExchange,
            Frequency = ConventionCodes.Monthly,
            Channel = "filr",
            StartsOn = new(2026, 1, 1),
            EndsOn = new(2027, 12, 31),
        };

        var alerts = ConventionRules.Alerts([convention], DateOnly.Parse(today));

        Assert.Equal(kind, alerts.SingleOrDefault()?.Kind);
    }

    [Fact]
    public void A_convention_followed_by_a_new_one_with_the_same_partner_is_not_flagged()
    {
        var partner = Guid.NewGuid();
        Convention Make(int year) => new()
        {
            Title = "CASA " + year,
            Kind = ConventionCodes.DataExchange,
            Frequency = ConventionCodes.Monthly,
            Channel = "filr",
            PartnerId = partner,
            StartsOn = new(year, 1, 1),
            EndsOn = new(year, 12, 31),
            ReviewOn = new(year, 12, 1),
        };

        var alerts = ConventionRules.Alerts([Make(2026), Make(2027)], new(2026, 11, 20));

        Assert.Empty(alerts);
        Assert.Equal([ConventionAlert.Review, ConventionAlert.Ending], ConventionRules.Alerts([Make(2027)], new(2027, 11, 20)).Select(a => a.Kind));
    }
}
