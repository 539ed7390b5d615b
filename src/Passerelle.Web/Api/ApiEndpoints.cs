using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Api;

/// <summary>/api/v1 (contract §7): API-key authentication, tenant-scoped reads, ProblemDetails on errors.</summary>
public static class ApiEndpoints
{
    public static void MapPasserelleApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiKeyHandler.SchemeName).RequireAuthenticatedUser())
            .WithTags("Passerelle");

        api.MapGet("/persons/{id:guid}", GetPerson)
            .RequireAuthorization(Permission.ReadPersons.ToString())
            .WithSummary("Une personne et son parcours (format d'échange, §4).");
        api.MapGet("/persons", FindPersons)
            .RequireAuthorization(Permission.ReadPersons.ToString())
            .WithSummary("Les personnes de l'organisation correspondant à une référence ou un identifiant France Travail.");
        api.MapReferrals();
        api.MapReports();
    }

    private static async Task<Results<Ok<ApiPerson>, NotFound>> GetPerson(Guid id, PersonReader reader, CancellationToken ct) =>
        await reader.GetAsync(id, ct) is { } person
            ? TypedResults.Ok(new ApiPerson(person.Id, person.Ref, JourneyMapping.ToDto(person)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ApiPersonRef>>, ValidationProblem>> FindPersons(
        string? @ref, string? franceTravailId, PersonReader reader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(@ref) && string.IsNullOrWhiteSpace(franceTravailId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["ref"] = ["Indiquez « ref » ou « franceTravailId »."],
            });
        var found = await reader.SearchAsync(new PersonSearch(Ref: @ref, FranceTravailId: franceTravailId), ct);
        return TypedResults.Ok<IReadOnlyList<ApiPersonRef>>(found.Select(s => new ApiPersonRef(s.Id, s.Ref)).ToList());
    }
}
