using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Hosting;

/// <summary>One authorization policy per <see cref="Permission"/>, read from <see cref="RolePermissions"/>.</summary>
public static class Permissions
{
    /// <summary>The administration area: managing organisations or users.</summary>
    public const string Administration = "Administration";

    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            options.AddPolicy(permission.ToString(), p => p.RequireAuthenticatedUser()
                .RequireAssertion(ctx => Has(ctx.User, permission)));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser()
            .RequireAssertion(ctx => Has(ctx.User, Permission.ManageOrganisations) || Has(ctx.User, Permission.ManageUsers)));
    }

    public static bool Has(ClaimsPrincipal user, Permission permission) =>
        Enum.TryParse<Role>(user.FindFirstValue(Claims.Role), out var role) && RolePermissions.Has(role, permission);

    /// <summary>Users of the platform organisation act on the whole instance (all organisations, all users).</summary>
    public static bool IsPlatform(ClaimsPrincipal user) =>
        user.FindFirstValue(Claims.OrganisationKind) == nameof(OrganisationKind.Platform);

    public static Guid? OrganisationId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Claims.OrganisationId), out var id) ? id : null;

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
