using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Passerelle.Core.Data;
using Passerelle.Web.Hosting;

namespace Passerelle.Tests.TestSupport;

/// <summary>
/// Signs requests in as the user whose id is in the <c>X-Test-User</c> header, with the claims the login gives
/// (<see cref="PasserelleClaimsFactory.ClaimsFor"/>), so that page tests do not depend on the login pages.
/// Registered only in tests (<see cref="TestAuth"/>), as the default scheme of the pages; the API keeps its own.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PasserelleDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Guid.TryParse(Request.Headers[Header], out var userId)) return AuthenticateResult.NoResult();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, Context.RequestAborted);
        // A disabled user is refused here as the real sign-in refuses them.
        if (user is null || user.Disabled) return AuthenticateResult.Fail("unknown or disabled test user");
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? ""),
        };
        claims.AddRange(await PasserelleClaimsFactory.ClaimsFor(db, user));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
