using System.Security.Claims;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Hosting;

/// <summary>
/// Fills the request's <see cref="ActorContext"/> from the authenticated principal (cookie or API key):
/// the database context's tenant filters and the audit trail read it. Runs after UseAuthorization, which has
/// authenticated API calls with the endpoint's scheme (the API key) by then.
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ActorContext actor)
    {
        var path = context.Request.Path;
        var channel = path.StartsWithSegments("/api") ? Channel.Api : Channel.Web;
        actor.Origin = (context.GetEndpoint()?.DisplayName ?? path.Value ?? "").Replace("HTTP: ", "", StringComparison.Ordinal);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && Enum.TryParse<Role>(user.FindFirstValue(Claims.Role), out var role)
            && Guid.TryParse(user.FindFirstValue(Claims.OrganisationId), out var orgId)
            && Enum.TryParse<OrganisationKind>(user.FindFirstValue(Claims.OrganisationKind), out var kind))
        {
            actor.SetUser(userId, role, orgId, kind, channel);
        }
        else
        {
            actor.SetAnonymous(channel);
        }
        return next(context);
    }
}
