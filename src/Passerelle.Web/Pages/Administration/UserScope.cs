using System.Security.Claims;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Administration;

/// <summary>
/// Whom a manager may manage: the platform's administrators every user; a director or administrator of any
/// other organisation, the users of their own organisation only. A user outside this scope answers 404.
/// </summary>
public static class UserScope
{
    public static IQueryable<AppUser> Managed(PasserelleDbContext db, ClaimsPrincipal user)
    {
        if (!Permissions.Has(user, Permission.ManageUsers)) return db.Users.Where(_ => false);
        if (Permissions.IsPlatform(user)) return db.Users;
        var orgId = Permissions.OrganisationId(user);
        return db.Users.Where(u => u.OrganisationId == orgId);
    }

    public static IQueryable<Organisation> Organisations(PasserelleDbContext db, ClaimsPrincipal user)
    {
        if (Permissions.IsPlatform(user)) return db.Organisations;
        var orgId = Permissions.OrganisationId(user);
        return db.Organisations.Where(o => o.Id == orgId);
    }
}
