using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Organisations;

/// <summary>
/// Contract §7: a user of one PLIE never reads another PLIE's people; a foreign id answers exactly like an id that
/// does not exist. The matrix walks every GET endpoint the application maps (pages and API, read from its
/// EndpointDataSource, so routes added later are covered), for users of several roles of PLIE A, with the id,
/// reference, name and France Travail id of a person of PLIE B.
/// </summary>
public partial class TenantIsolationTests : WebTest
{
    private static readonly Role[] RolesOfA = [Role.Director, Role.Coordinator, Role.Referent, Role.Dpo, Role.Auditor, Role.Admin];

    /// <summary>Endpoints that carry no data of people and take a parameter that is not an id.</summary>
    private static readonly string[] NotAboutPeople = ["openapi/{documentName}.json"];

    [Fact]
    public async Task A_user_of_plie_A_never_sees_a_person_of_plie_B_on_any_endpoint()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var own = await new PersonBuilder(a.Id).Named("Apolline", "Maisonnée").WithRef("A-OWN-001").SaveAsync(Db);
        var foreign = await new PersonBuilder(b.Id).Named("Zéphyrine", "Tenantbé").WithRef("B-SECRET-001")
            .WithFranceTravailId("7777777Z").BornOn(new DateOnly(1979, 3, 14)).SaveAsync(Db);
        var routes = GetRoutes();
        Assert.Contains("Personnes/{id:guid}", routes);
        Assert.Contains("api/v1/persons/{id:guid}", routes);
        Assert.Contains("api/v1/persons", routes);
        Assert.Contains("Personnes/{id:guid}/Sortie", routes);

        foreach (var role in RolesOfA)
        {
            var user = await Seed.UserAsync(Db, "plie-a", role);
            var client = ClientFor(user);
            await using (var scope = Db.SystemScope())
            {
                var (_, secret) = await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(user.Email!, "matrice");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            }
            var readsPeople = RolePermissions.Has(role, Permission.ReadPersons);
            if (readsPeople)
            {
                // The search form posts (names never travel in URLs).
                var search = await PostFormAsync(client, "/Personnes", null,
                    new Dictionary<string, string> { ["nom"] = "Tenantbé", ["ft"] = "7777777Z", ["naissance"] = "1979-03-14" });
                Assert.Equal(HttpStatusCode.OK, search.StatusCode);
                await AssertNoTraceAsync(search, foreign, $"{role} POST /Personnes");
            }

            foreach (var route in routes)
            {
                if (route.Contains('{', StringComparison.Ordinal))
                {
                    var foreignResponse = await client.GetAsync(Url(route, foreign.Id));
                    var missingResponse = await client.GetAsync(Url(route, Guid.NewGuid()));
                    Assert.True(foreignResponse.StatusCode == missingResponse.StatusCode,
                        $"{role} GET {route}: foreign id {(int)foreignResponse.StatusCode}, missing id {(int)missingResponse.StatusCode}.");
                    Assert.True(foreignResponse.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                        $"{role} GET {route} with a foreign id answered {(int)foreignResponse.StatusCode}.");
                    // A page that writes (the exit page) is forbidden to readers who may not write, whatever the id; so are the
                    // information collective pages to those who do not manage them.
                    var allowed = readsPeople && !PrescribersOnly(route) && (!WritesPeople(route) || RolePermissions.Has(role, Permission.WritePersons))
                        && (!IsInfoSession(route) || RolePermissions.Has(role, Permission.ManageInfoSessions))
                        && (!IsExchange(route) || RolePermissions.Has(role, Permission.ManageExchanges))
                        && (!IsReport(route) || RolePermissions.Has(role, Permission.ReadReports));
                    if (allowed) Assert.Equal(HttpStatusCode.NotFound, foreignResponse.StatusCode);
                    await AssertNoTraceAsync(foreignResponse, foreign, $"{role} GET {route}");
                    if (allowed && IsAboutPeople(route))
                        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(route, own.Id))).StatusCode);
                }
                else
                {
                    var query = "?ref=B-SECRET-001&franceTravailId=7777777Z&ft=7777777Z&nom=Tenantb%C3%A9&naissance=1979-03-14";
                    var response = await client.GetAsync("/" + route + query);
                    await AssertNoTraceAsync(response, foreign, $"{role} GET /{route}{query}");
                }
            }
        }
    }

    [Fact]
    public async Task The_person_reader_finds_nothing_of_another_plie()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var foreign = await new PersonBuilder(b.Id).Named("Zéphyrine", "Tenantbé").WithRef("B-1").WithFranceTravailId("7777777Z").SaveAsync(Db);
        var referent = await Seed.UserAsync(Db, "plie-a", Role.Referent);

        await using var scope = await Db.UserScopeAsync(referent);
        var reader = scope.ServiceProvider.GetRequiredService<PersonReader>();

        Assert.Null(await reader.GetAsync(foreign.Id));
        Assert.Empty(await reader.SearchAsync(new PersonSearch(Name: "Tenantbé")));
        Assert.Empty(await reader.SearchAsync(new PersonSearch(Ref: "B-1")));
        Assert.Empty(await reader.SearchAsync(new PersonSearch(FranceTravailId: "7777777Z")));
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public async Task A_prescriber_sees_no_person_of_any_PLIE_and_only_its_own_organisation_s_referrals()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-NICE");
        // Referred by another agency: nothing of this person may show to FT-ANTIBES.
        var foreign = await new PersonBuilder(a.Id).Named("Zéphyrine", "Tenantbé").WithRef("B-SECRET-001").BornOn(new DateOnly(1979, 3, 14))
            .WithEvents(d => [new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-NICE", Channel = "flow" }]).SaveAsync(Db);
        var own = await new PersonBuilder(a.Id).Named("Apolline", "Maisonnée").SaveAsync(Db);
        Guid sheet;
        var nice = await Seed.UserAsync(Db, "FT-NICE", Role.FtCounsellor);
        await using (var scope = await Db.UserScopeAsync(nice))
            sheet = (await scope.ServiceProvider.GetRequiredService<Passerelle.Core.Referrals.ReferralService>()
                .ReferAsync(Passerelle.Tests.Referrals.Fiches.Awa("plie-a"))).ReferralId!.Value;

        foreach (var role in new[] { Role.FtCounsellor, Role.FtCorrespondent })
        {
            var prescriber = await Seed.UserAsync(Db, "FT-ANTIBES", role);
            var client = ClientFor(prescriber);
            await using (var scope = Db.SystemScope())
            {
                var (_, secret) = await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(prescriber.Email!, "matrice");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            }
            foreach (var route in GetRoutes())
            {
                if (route.Contains('{', StringComparison.Ordinal))
                {
                    foreach (var id in new[] { foreign.Id, own.Id, sheet })
                    {
                        var response = await client.GetAsync(Url(route, id));
                        var missing = await client.GetAsync(Url(route, Guid.NewGuid()));
                        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{role} GET {route} answered {(int)response.StatusCode}.");
                        Assert.Equal(missing.StatusCode, response.StatusCode);
                        await AssertNoTraceAsync(response, foreign, $"{role} GET {route}");
                        Assert.DoesNotContain("Diallo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                    }
                }
                else
                {
                    var response = await client.GetAsync("/" + route + "?periode=tout&ref=B-SECRET-001");
                    await AssertNoTraceAsync(response, foreign, $"{role} GET /{route}");
                    Assert.DoesNotContain("Diallo", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
                }
            }
            var list = WebUtility.HtmlDecode(await (await client.GetAsync("/Orientations?periode=tout")).Content.ReadAsStringAsync());
            Assert.Contains("MAISONNÉE", list, StringComparison.Ordinal);
        }
    }

    private static bool WritesPeople(string route) => route.EndsWith("/Sortie", StringComparison.Ordinal);

    /// <summary>The prescribers' pages (fiche de liaison, "Mes orientations"): forbidden to PLIE users, whatever the id.</summary>
    private static bool PrescribersOnly(string route) => route.StartsWith("Orientations", StringComparison.Ordinal);

    private static bool IsInfoSession(string route) => route.StartsWith("Informations/", StringComparison.Ordinal);

    private static bool IsExchange(string route) => route.StartsWith("Conventions/", StringComparison.Ordinal);
    /// <summary>A PLIE's reports, named by the PLIE's code (a foreign code answers as a missing one): forbidden without reports.</summary>
    private static bool IsReport(string route) => route.Contains("/reports/", StringComparison.Ordinal);

    private static bool IsAboutPeople(string route) =>
        route.StartsWith("Personnes/", StringComparison.Ordinal) || route.StartsWith("api/v1/persons/", StringComparison.Ordinal);

    private static string Url(string route, Guid id) => "/" + RouteParameter().Replace(route, id.ToString());

    private List<string> GetRoutes()
    {
        var endpoints = Web.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Where(r => !NotAboutPeople.Contains(r))
            .Distinct()
            .ToList();
    }

    private static async Task AssertNoTraceAsync(HttpResponseMessage response, Person foreign, string what)
    {
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(foreign.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zéphyrine", body, StringComparison.Ordinal);
        Assert.DoesNotContain("B-SECRET-001", body, StringComparison.Ordinal);
        Assert.False(body.Contains("14/03/1979", StringComparison.Ordinal), $"{what} shows the birth date of a person of another PLIE.");
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteParameter();
}
