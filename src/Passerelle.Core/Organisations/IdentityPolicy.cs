using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;

namespace Passerelle.Core.Organisations;

/// <summary>
/// Account rules shared by the web host and the command line: passwords of 12 characters at least without
/// composition rules (CNIL délibération 2022-100; OWASP ASVS 5.0 §6.2) and not among the common ones
/// (<see cref="CommonPasswordValidator"/>), lockout after repeated failures.
/// </summary>
public static class IdentityPolicy
{
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Identity without cookies (the command line); the web host adds sign-in on top.</summary>
    public static IdentityBuilder AddPasserelleIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PasserelleDbContext>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();
}
