using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Conventions;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Tracking;

/// <summary>
/// A PLIE « casa », the agency FT-ANTIBES, a coordinator and their data-exchange convention (2026-2027, every coded item of
/// annexe C, the agency's operational correspondents), on the suite's database provider.
/// </summary>
public abstract class TrackingTest : DatabaseTest
{
    protected static readonly TrackingMonth March = new(2026, 3);
    protected const string Agency = "FT-ANTIBES";

    protected Organisation Plie { get; private set; } = null!;
    protected Organisation AgencyOrg { get; private set; } = null!;
    protected AppUser Coordinator { get; private set; } = null!;
    protected Guid ConventionId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Plie = await Seed.PlieAsync(Db, "casa");
        AgencyOrg = await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, Agency);
        Coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        await using var scope = await Db.UserScopeAsync(Coordinator);
        var outcome = await scope.ServiceProvider.GetRequiredService<ConventionService>().SaveAsync(null, ConventionInput(AgencyOrg.Id));
        Assert.True(outcome!.Succeeded, string.Join(" ; ", outcome.Errors));
        ConventionId = outcome.Id!.Value;
    }

    public static ConventionInput ConventionInput(Guid partner) => new(
        "Convention d'échange de données PLIE CASA – France Travail Antibes", ConventionCodes.DataExchange, partner,
        new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2027, 1, 15), ConventionCodes.Monthly, 7, "filr",
        DataItems.Exchangeable,
        [new("operational", "partner", "France Travail Antibes – conseillers référents PLIE"), new("dpo", "partner", "France Travail PACA – RIL"),
         new("operational", "plie", "PLIE CASA – équipe d'animation")],
        120, 6);

    /// <summary>The coordinator's tracking service, « today » being <paramref name="today"/>.</summary>
    protected static TrackingExports Exports(IServiceProvider services, DateOnly today) =>
        ActivatorUtilities.CreateInstance<TrackingExports>(services, (TimeProvider)new FixedClock(today));
}
