using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Passerelle.Core.Organisations;
using Passerelle.Web.Api;

namespace Passerelle.Web.Hosting;

/// <summary>
/// Fills the request's <see cref="ActorContext"/> from the authenticated principal (cookie or API key):
/// the database context's tenant filters and the audit trail read it.
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actor)
    {
        var path = context.Request.Path;
        var channel = path.StartsWithSegments("/api") ? Channel.Api : Channel.Web;
        actor.Origin = (context.GetEndpoint()?.DisplayName ?? path.Value ?? "").Replace("HTTP: ", "", StringComparison.Ordinal);
        // UseAuthentication only runs the default (cookie) scheme; the API's key is otherwise read by the
        // authorization step, after this middleware, which left API calls without an actor (and so without
        // any person visible). The handler's result is cached for the request: the key is checked once.
        if (channel == Channel.Api && await context.AuthenticateAsync(ApiKeyHandler.SchemeName) is { Succeeded: true } api)
            context.User = api.Principal;
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && Enum.TryParse<Role>(user.FindFirstValue(Claims.Role), out var role)
            && Guid.TryParse(user.FindFirstValue(Claims.OrganisationId), out var orgId)
            && Enum.TryParse<OrganisationKind>(user.FindFirstValue(Claims.OrganisationKind), out var kind))
        {
            actor.SetUser(userId, role, orgId, kind, channel);
        }
        await next(context);
    }
}
