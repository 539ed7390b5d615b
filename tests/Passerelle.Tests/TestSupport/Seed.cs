using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Organisations;

namespace Passerelle.Tests.TestSupport;

/// <summary>Readable builders for organisations and users.</summary>
public static class Seed
{
    public const string Password = "Un-mot-de-passe-de-test-2026";

    public static async Task<Organisation> PlieAsync(TestDatabase db, string code, string preset = "casa-2021-2023")
    {
        await using var scope = db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreatePlieAsync(code, "PLIE " + code, preset);
    }

    public static async Task<Organisation> OrganisationAsync(TestDatabase db, OrganisationKind kind, string code)
    {
        await using var scope = db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateOrganisationAsync(kind, code, "Organisation " + code);
    }

    public static async Task<AppUser> UserAsync(TestDatabase db, string orgCode, Role role, string? email = null)
    {
        await using var scope = db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateUserAsync(email ?? $"{Roles.Code(role)}.{Guid.NewGuid():N}@{orgCode}.test", orgCode, role, Password);
    }
}
