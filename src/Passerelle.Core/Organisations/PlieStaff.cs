using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;

namespace Passerelle.Core.Organisations;

/// <summary>
/// The users of a person's PLIE: the referents one may hand a pathway to (a referent change names one of them) and the
/// names behind the e-mails the journey records. Users carry no tenant filter: the PLIE is the person's, read through
/// the filtered people, so a person of another PLIE gives null, exactly like one that does not exist.
/// </summary>
public sealed class PlieStaff(PasserelleDbContext db)
{
    public async Task<IReadOnlyList<StaffMember>?> ForPersonAsync(Guid personId, CancellationToken ct = default)
    {
        var plie = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => (Guid?)p.PlieId).SingleOrDefaultAsync(ct);
        return plie is { } id ? await ForPlieAsync(id, ct) : null;
    }

    public async Task<IReadOnlyList<StaffMember>> ForPlieAsync(Guid plieId, CancellationToken ct = default) =>
        (await db.Users.AsNoTracking().Where(u => u.OrganisationId == plieId && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.Role, u.Disabled }).ToListAsync(ct))
        .Select(u => new StaffMember(u.Email!, u.DisplayName, u.Role, u.Disabled))
        .OrderBy(u => u.DisplayName, StringComparer.Ordinal).ThenBy(u => u.Email, StringComparer.Ordinal).ToList();

    /// <summary>The active referents of the list, those a pathway may be handed to.</summary>
    public static IReadOnlyList<StaffMember> Referents(IEnumerable<StaffMember> staff) =>
        [.. staff.Where(u => u.Role == Role.Referent && !u.Disabled)];
}
