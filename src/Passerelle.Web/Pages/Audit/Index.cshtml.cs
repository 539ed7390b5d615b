using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Audit;

/// <summary>
/// The audit trail, newest first, 50 lines a page, with filters in the query string (linkable), and the
/// verification of the hash chain. A DPO or auditor of an organisation sees the lines of their PLIE and the
/// lines written by or about the users of their organisation; those of the platform see every line.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadAudit))]
public class IndexModel(PasserelleDbContext db, AuditVerifier verifier, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "enregistrement")] public string? RecordId { get; set; }
    [BindProperty(SupportsGet = true, Name = "utilisateur")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionPrefix { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditRow> Lines { get; private set; } = [];
    public bool HasNext { get; private set; }
    public AuditVerification? Verification { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Walks the whole chain (every PLIE's lines: a break anywhere concerns everyone) and says where it breaks.</summary>
    public async Task<IActionResult> OnPostVerifierAsync(CancellationToken ct)
    {
        Verification = await verifier.VerifyAsync(ct);
        var plieId = User.FindFirst(Claims.OrganisationKind)?.Value == nameof(OrganisationKind.Plie) ? Permissions.OrganisationId(User) : null;
        audit.Record("audit.verify", "audit", null, plieId, new { intact = Verification.Intact, lines = Verification.Lines });
        await db.SaveChangesAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var q = await VisibleAsync(ct);
        if (!string.IsNullOrWhiteSpace(RecordId))
        {
            // A person's id also finds the listings (caseload views) that showed them: « who saw person X ».
            if (Guid.TryParse(RecordId.Trim(), out var id))
            {
                var (record, mention) = (id.ToString(), AuditListing.Mention(id));
                q = q.Where(a => a.RecordId == record || (AuditListing.Actions.Contains(a.Action) && a.Detail!.Contains(mention)));
            }
            else q = q.Where(a => a.RecordId == RecordId.Trim());
        }
        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            // An id, or the e-mail of a staff user (easier to type): both end in a user id.
            var text = UserFilter.Trim();
            var userId = Guid.TryParse(text, out var id) ? id
                : await db.Users.Where(u => u.Email == text).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (userId is null) ModelState.AddModelError("utilisateur", "Utilisateur : saisissez un identifiant ou l'adresse d'un compte existant.");
            q = q.Where(a => a.UserId == userId);
        }
        if (!string.IsNullOrWhiteSpace(ActionPrefix)) q = q.Where(a => a.Action.StartsWith(ActionPrefix.Trim()));
        if (Date("du", "Du", From) is { } from)
        {
            var start = FrenchDates.ParisToUtc(from);
            q = q.Where(a => a.At >= start);
        }
        if (Date("au", "Au", To) is { } to)
        {
            var end = FrenchDates.ParisToUtc(to.AddDays(1));
            q = q.Where(a => a.At < end);
        }
        if (!ModelState.IsValid) return;

        PageNumber = Math.Max(1, PageNumber);
        var page = await q.OrderByDescending(a => a.Seq).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).AsNoTracking().ToListAsync(ct);
        HasNext = page.Count > PageSize;
        page = page.Take(PageSize).ToList();
        var ids = page.Where(a => a.UserId is not null).Select(a => a.UserId!.Value).Distinct().ToList();
        var emails = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        Lines = page.Select(a => new AuditRow(a.Seq, FrenchDates.FormatLocal(a.At),
            a.UserId is { } u ? emails.GetValueOrDefault(u, u.ToString()) : a.Actor,
            a.Channel, a.Origin, a.Action, a.RecordType, a.RecordId, AuditListing.Count(a.Action, a.Detail))).ToList();
    }

    private async Task<IQueryable<AuditEvent>> VisibleAsync(CancellationToken ct)
    {
        if (Permissions.IsPlatform(User)) return db.AuditEvents;
        var orgId = Permissions.OrganisationId(User);
        // Loaded first: an organisation has tens of users, and record ids are stored as text (lower-case Guids).
        var staff = await db.Users.Where(u => u.OrganisationId == orgId).Select(u => u.Id).ToListAsync(ct);
        var staffIds = staff.Select(id => (string?)id.ToString()).ToList();
        return db.AuditEvents.Where(a => a.PlieId == orgId
            || (a.UserId != null && staff.Contains(a.UserId.Value))
            || (a.RecordType == "user" && staffIds.Contains(a.RecordId)));
    }

    private DateOnly? Date(string key, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (FrenchDates.TryParse(text, out var d)) return d;
        ModelState.AddModelError(key, $"{label} : saisissez une date valide au format jj/mm/aaaa.");
        return null;
    }
}
