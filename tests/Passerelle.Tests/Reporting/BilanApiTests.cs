using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// <c>GET /api/v1/plies/{code}/reports/bilan-quantitatif?year=</c> (contract §6-7) on the hand-built dataset, on both
/// providers: the same figures as the calculator and the CLI; another PLIE's answers 404 as a missing one; 400 naming the field.
/// </summary>
public class BilanApiTests : WebTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await BilanDataset.ImportAsync(Db, "casa");
    }

    private async Task<HttpClient> ClientWithKeyAsync(string org, Role role)
    {
        var user = await Seed.UserAsync(Db, org, role);
        var client = Web.CreateClient();
        await using var keys = Db.SystemScope();
        var (_, secret) = await keys.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(user.Email!, "pilotage");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [Fact]
    public async Task A_coordinator_reads_the_bilan_of_the_plie()
    {
        var client = await ClientWithKeyAsync("casa", Role.Coordinator);

        var response = await client.GetAsync("/api/v1/plies/casa/reports/bilan-quantitatif?year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        BilanExpected.Equal(BilanExpected.Total, BilanExpected.FromJson(json.RootElement), "total");
        var agencies = json.RootElement.GetProperty("agencies").EnumerateArray().ToList();
        BilanExpected.Equal(BilanExpected.Antibes, BilanExpected.FromJson(agencies[0]), "A");
        BilanExpected.Equal(BilanExpected.Grasse, BilanExpected.FromJson(agencies[1]), "G");
    }

    [Fact]
    public async Task The_agency_parameter_restricts_columns_1_to_13()
    {
        var client = await ClientWithKeyAsync("casa", Role.Director);

        var response = await client.GetAsync("/api/v1/plies/casa/reports/bilan-quantitatif?year=2025&agency=FT-ANTIBES");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        BilanExpected.Equal(BilanExpected.Antibes, BilanExpected.FromJson(json.RootElement), "A");
    }

    [Fact]
    public async Task Another_plie_answers_404_exactly_as_a_missing_one()
    {
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var client = await ClientWithKeyAsync("cov", Role.Coordinator);

        var foreign = await client.GetAsync("/api/v1/plies/casa/reports/bilan-quantitatif?year=2025");
        var missing = await client.GetAsync("/api/v1/plies/nulle-part/reports/bilan-quantitatif?year=2025");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, foreign.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_prescriber_without_reports_is_forbidden()
    {
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var client = await ClientWithKeyAsync("FT-ANTIBES", Role.FtCounsellor);

        var response = await client.GetAsync("/api/v1/plies/casa/reports/bilan-quantitatif?year=2025");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", "year")]
    [InlineData("?year=25", "year")]
    [InlineData("?year=2025&agency=FT-INCONNUE", "agency")]
    public async Task Bad_input_answers_400_naming_the_parameter(string query, string field)
    {
        var client = await ClientWithKeyAsync("casa", Role.Coordinator);

        var response = await client.GetAsync("/api/v1/plies/casa/reports/bilan-quantitatif" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}
