using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;

namespace Passerelle.Web.Api;

/// <summary>
/// <c>POST /api/v1/referrals</c> (contract §7: a prescriber's fiche de liaison). Bad input: 400 with every problem by
/// JSON path. Suspected duplicates: 409 with the candidates' ids, nothing written, until the request says
/// <c>"confirmed": true</c> (another person) or <c>"attachTo": id</c>. Recorded: 201 with the person's id.
/// </summary>
public static class ReferralEndpoints
{
    public static void MapReferrals(this RouteGroupBuilder api)
    {
        api.MapPost("/referrals", PostReferral)
            .RequireAuthorization(Permission.ReferPersons.ToString())
            .Accepts<ApiReferralRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Envoie une fiche de liaison à un PLIE (orientation d'une personne).")
            .WithDescription("Crée la personne avec un fait « referral », ou rattache l'orientation à une personne déjà connue du PLIE. "
                + "En cas de doublon possible, répond 409 avec les identifiants des personnes candidates et n'enregistre rien tant que "
                + "la requête ne porte pas « confirmed »: true (autre personne) ou « attachTo »: identifiant (même personne).");
    }

    private static async Task<Results<Created<ApiReferralCreated>, ValidationProblem, ProblemHttpResult>> PostReferral(
        HttpRequest http, ReferralService service, CancellationToken ct)
    {
        var (request, errors) = await ReferralJson.ReadAsync(http.Body, ct);
        if (request is null)
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "La fiche de liaison est mal formée.");
        var outcome = await service.ReferAsync(request, ct);
        return outcome.Kind switch
        {
            ReferralOutcomeKind.Recorded => TypedResults.Created((string?)null,
                new ApiReferralCreated(outcome.PersonId!.Value, outcome.ReferralId!.Value, outcome.Attached)),
            ReferralOutcomeKind.Invalid => TypedResults.ValidationProblem(
                outcome.Errors.GroupBy(e => ReferralJson.PathOf(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "La fiche de liaison contient des erreurs."),
            _ => TypedResults.Problem(
                title: "Doublon possible : rien n'a été enregistré.",
                detail: "Une personne connue correspond peut-être à cette fiche. Renvoyez-la avec « confirmed »: true s'il s'agit d'une autre "
                    + "personne, ou avec « attachTo »: l'identifiant de la personne candidate s'il s'agit de la même.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["candidates"] = outcome.Duplicates.Candidates.Select(Candidate).ToList(),
                    ["inPathwayInAnotherPlie"] = outcome.Duplicates.InPathwayInAnotherPlie,
                }),
        };
    }

    private static ApiDuplicateCandidate Candidate(DuplicateCandidate c) => new(
        c.PersonId,
        [.. new[]
        {
            c.Reasons.HasFlag(DuplicateReasons.FranceTravailId) ? "france_travail_id" : null,
            c.Reasons.HasFlag(DuplicateReasons.NameAndBirthDate) ? "name_birth_date" : null,
            c.Reasons.HasFlag(DuplicateReasons.FranceTravailIdCollision) ? "france_travail_id_collision" : null,
        }.OfType<string>()],
        c.State switch
        {
            JourneyState.InPathway => "in_pathway",
            JourneyState.ReferralPending => "referral_pending",
            JourneyState.Closed => "closed",
            _ => "none",
        },
        c.CanAttach);
}
