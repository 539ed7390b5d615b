using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Api;

/// <summary>
/// <c>POST /api/v1/referrals</c> (contract §7, "a prescriber's fiche de liaison"): contract §4's person and referral fields,
/// ProblemDetails by JSON path in French, 201 with the person's id, 409 with the candidates' ids until confirmed or attached.
/// </summary>
public class ReferralApiTests : WebTest
{
    private const string Awa = """
        {
          "plie": "casa",
          "referral": { "date": "2026-11-02", "channel": "flow" },
          "person": {
            "lastName": "Diallo", "firstName": "Awa", "birthDate": "1981-04-02", "sex": "F", "communeInsee": "06004",
            "franceTravailId": "1234567A",
            "situation": { "rsa": true, "longTermUnemployed": true, "educationLevel": 3 }
          },
          "personInformed": true
        }
        """;

    private async Task<HttpClient> ClientWithKeyAsync(string org = "FT-ANTIBES", Role role = Role.FtCounsellor)
    {
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            if (!await db.Organisations.AnyAsync(o => o.Code == "casa")) await Seed.PlieAsync(Db, "casa");
            if (!await db.Organisations.AnyAsync(o => o.Code == org)) await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, org);
        }
        var user = await Seed.UserAsync(Db, org, role);
        var client = Web.CreateClient();
        await using var keys = Db.SystemScope();
        var (_, secret) = await keys.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(user.Email!, "logiciel");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/api/v1/referrals", new StringContent(json, Encoding.UTF8, "application/json"));

    private static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_fiche_answers_201_with_the_new_person_s_id()
    {
        var client = await ClientWithKeyAsync();

        var response = await PostAsync(client, Awa);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        var id = body.GetProperty("personId").GetGuid();
        Assert.False(body.GetProperty("attached").GetBoolean());
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Equal("api", (await db.AuditEvents.SingleAsync(a => a.Action == "referral.create")).Channel);
        Assert.Equal(body.GetProperty("referralId").GetGuid(), (await db.JourneyEvents.SingleAsync(e => e.PersonId == id)).Id);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_every_problem_by_JSON_path_in_French()
    {
        var client = await ClientWithKeyAsync();
        var json = With(Awa, o =>
        {
            o["person"]!["ref"] = "X-1";
            o["person"]!["birthDate"] = "1981-02-31";
            o["referral"]!["channel"] = 3;
        });

        var response = await PostAsync(client, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await BodyAsync(response)).GetProperty("errors");
        Assert.Contains("champ inconnu « ref »", errors.GetProperty("$.person.ref")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("date impossible ou mal écrite « 1981-02-31 »", errors.GetProperty("$.person.birthDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("doit être une chaîne de caractères", errors.GetProperty("$.referral.channel")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_refused_by_the_rules_answer_400_under_their_JSON_path()
    {
        var client = await ClientWithKeyAsync();
        var json = With(Awa, o =>
        {
            o["person"]!["communeInsee"] = "99999";
            o["referral"]!["prescriberKind"] = "ccas";
            o["personInformed"] = false;
        });

        var response = await PostAsync(client, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await BodyAsync(response)).GetProperty("errors");
        Assert.StartsWith("Commune de résidence : code INSEE inconnu « 99999 »", errors.GetProperty("$.person.communeInsee")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("$.referral.prescriberKind", out _));
        Assert.True(errors.TryGetProperty("$.personInformed", out _));
        await using var scope = Db.SystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Persons.CountAsync());
    }

    [Fact]
    public async Task A_suspected_duplicate_answers_409_with_the_candidates_until_confirmed_or_attached()
    {
        var client = await ClientWithKeyAsync();
        var first = await BodyAsync(await PostAsync(client, Awa));
        var firstId = first.GetProperty("personId").GetGuid();

        var conflict = await PostAsync(client, Awa);
        var attached = await PostAsync(client, With(Awa, o => o["attachTo"] = firstId.ToString()));
        var confirmed = await PostAsync(client, With(Awa, o =>
        {
            o["person"]!["franceTravailId"] = "7654321B";
            o["confirmed"] = true;
        }));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await BodyAsync(conflict);
        var candidate = problem.GetProperty("candidates")[0];
        Assert.Equal(firstId, candidate.GetProperty("personId").GetGuid());
        Assert.Equal(["france_travail_id", "name_birth_date"], candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("referral_pending", candidate.GetProperty("state").GetString());
        Assert.True(candidate.GetProperty("attachable").GetBoolean());
        Assert.False(problem.GetProperty("inPathwayInAnotherPlie").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.True((await BodyAsync(attached)).GetProperty("attached").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.NotEqual(firstId, (await BodyAsync(confirmed)).GetProperty("personId").GetGuid());
    }

    [Fact]
    public async Task A_key_of_a_PLIE_user_is_forbidden()
    {
        var client = await ClientWithKeyAsync("casa", Role.Referent);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Awa)).StatusCode);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document()
    {
        var json = await Web.CreateClient().GetStringAsync("/openapi/v1.json");

        var post = JsonDocument.Parse(json).RootElement.GetProperty("paths").GetProperty("/api/v1/referrals").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("409", out _));
    }
}
