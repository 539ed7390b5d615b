using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Hosting;

/// <summary>One authorization policy per <see cref="Permission"/>, read from <see cref="RolePermissions"/>.</summary>
public static class Permissions
{
    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            options.AddPolicy(permission.ToString(), p => p.RequireAuthenticatedUser()
                .RequireAssertion(ctx => Has(ctx.User, permission)));
    }

    public static bool Has(ClaimsPrincipal user, Permission permission) =>
        Enum.TryParse<Role>(user.FindFirstValue(Claims.Role), out var role) && RolePermissions.Has(role, permission);
}
