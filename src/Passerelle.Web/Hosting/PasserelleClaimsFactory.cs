using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Hosting;

/// <summary>Adds the role and organisation to the cookie, so that each request knows its tenant without a query.</summary>
public sealed class PasserelleClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, PasserelleDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in await ClaimsFor(db, user)) identity.AddClaim(claim);
        return identity;
    }

    public static async Task<IReadOnlyList<Claim>> ClaimsFor(PasserelleDbContext db, AppUser user)
    {
        var org = await db.Organisations.FindAsync(user.OrganisationId)
            ?? throw new InvalidOperationException("User without organisation.");
        return
        [
            new Claim(Claims.Role, user.Role.ToString()),
            new Claim(Claims.OrganisationId, org.Id.ToString()),
            new Claim(Claims.OrganisationKind, org.Kind.ToString()),
            new Claim("passerelle:display_name", user.DisplayName),
        ];
    }
}
