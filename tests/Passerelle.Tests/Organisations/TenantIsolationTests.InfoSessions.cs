using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Organisations;

/// <summary>Information collectives are tenant-owned: a session of PLIE B answers PLIE A exactly like a missing one.</summary>
public partial class TenantIsolationTests
{
    [Fact]
    public async Task A_session_of_plie_B_answers_404_to_plie_A_on_every_page_and_form()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var coordinatorB = await Seed.UserAsync(Db, "plie-b", Role.Coordinator);
        var foreignPerson = await new PersonBuilder(b.Id).Named("Zéphyrine", "Tenantbé").WithRef("B-SECRET-001").SaveAsync(Db);
        Guid foreign, foreignConvocation;
        await using (var scope = await Db.UserScopeAsync(coordinatorB))
        {
            var created = await scope.ServiceProvider.GetRequiredService<InfoSessionService>()
                .CreateAsync(new SessionInput(new(2025, 9, 25), new(9, 30), "Lieu secret de B", "joint", 10));
            foreign = created.Id!.Value;
            foreignConvocation = (await scope.ServiceProvider.GetRequiredService<ConvocationService>().ConvokeAsync(foreign, foreignPerson.Id))!.Id!.Value;
        }
        var own = await new PersonBuilder(a.Id).SaveAsync(Db);

        foreach (var role in new[] { Role.Coordinator, Role.Referent, Role.Director })
        {
            var client = ClientFor(await Seed.UserAsync(Db, "plie-a", role));
            foreach (var path in new[] { "", "/Presence", "/Modifier" })
            {
                var foreignResponse = await client.GetAsync($"/Informations/{foreign}{path}");
                var missingResponse = await client.GetAsync($"/Informations/{Guid.NewGuid()}{path}");
                Assert.Equal(HttpStatusCode.NotFound, foreignResponse.StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, missingResponse.StatusCode);
                await AssertNoTraceAsync(foreignResponse, foreignPerson, $"{role} GET /Informations/{{id}}{path}");
            }

            // Forms posted to B's session: convoke one's own person, withdraw B's convocation, take attendance, change it.
            var token = (await GetHtmlAsync(client, "/Informations/Nouvelle")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var posts = new (string Url, Dictionary<string, string> Fields)[]
            {
                ($"/Informations/{foreign}?handler=Convoquer", new() { ["personne"] = own.Id.ToString() }),
                ($"/Informations/{foreign}?handler=Retirer", new() { ["convocation"] = foreignConvocation.ToString() }),
                ($"/Informations/{foreign}?handler=Rechercher", new() { ["nom"] = "Tenantbé" }),
                ($"/Informations/{foreign}/Presence", new() { [$"presence[{foreignConvocation}]"] = "absent" }),
                ($"/Informations/{foreign}/Modifier", new() { ["Seance.Date"] = "2025-09-26", ["Seance.Heure"] = "10:00", ["Seance.Lieu"] = "x", ["Seance.Organisateur"] = "plie", ["Seance.Capacite"] = "5" }),
            };
            foreach (var (url, fields) in posts)
            {
                fields["__RequestVerificationToken"] = token;
                var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role} POST {url} answered {(int)response.StatusCode}.");
                await AssertNoTraceAsync(response, foreignPerson, $"{role} POST {url}");
            }
            var absences = await client.GetAsync("/Informations/Absences?du=2025-01-01&au=2025-12-31");
            await AssertNoTraceAsync(absences, foreignPerson, $"{role} GET /Informations/Absences");
            var csv = await client.GetAsync("/Informations/Absences?handler=Csv&du=2025-01-01&au=2025-12-31");
            Assert.DoesNotContain("B-SECRET-001", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Lieu secret de B", await (await client.GetAsync("/Informations")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Nothing of B changed.
        await using var check = await Db.UserScopeAsync(coordinatorB);
        var detail = await check.ServiceProvider.GetRequiredService<InfoSessionService>().GetAsync(foreign);
        Assert.Equal(("Lieu secret de B", 10), (detail!.Session.Place, detail.Session.Capacity));
        Assert.Equal([(foreignConvocation, (string?)null)], detail.Convocations.Select(c => (c.Id, c.Attendance)));
    }
}
