using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Commission;

/// <summary>The users who may be named referent of a PLIE's people: its active users of role <see cref="Role.Referent"/>.</summary>
internal static class PlieReferents
{
    public static IQueryable<AppUser> Active(PasserelleDbContext db, Guid plieId) =>
        db.Users.Where(u => u.OrganisationId == plieId && u.Role == Role.Referent && !u.Disabled);

    public static IQueryable<AppUser> WithEmail(PasserelleDbContext db, Guid plieId, string email)
    {
        var normalised = email.Trim().ToUpperInvariant();
        return Active(db, plieId).Where(u => u.NormalizedEmail == normalised);
    }
}
