using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Administration;

/// <summary>
/// API keys: every signed-in user sees, creates and revokes their own; a manager also sees and revokes the keys
/// of the users they manage. A key outside that set answers 404. The clear key is shown once, at creation.
/// </summary>
public class ClesModel(PasserelleDbContext db, OrganisationService organisations) : PageModel
{
    [BindProperty] public string? Name { get; set; }

    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];
    public string? Secret { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? message, CancellationToken ct)
    {
        Message = message;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == Permissions.UserId(User), ct);
        try
        {
            var (_, secret) = await organisations.CreateApiKeyAsync(me.Email!, Name ?? "", ct);
            Secret = secret;
            Name = null;
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(nameof(Name), "Nom de la clé : " + e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevoquerAsync(Guid keyId, CancellationToken ct)
    {
        var key = await Visible().AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null) return NotFound();
        await organisations.RevokeApiKeyAsync(key.Id, ct);
        return RedirectToPage(new { message = $"La clé « {key.Name} » a été révoquée." });
    }

    private IQueryable<ApiKey> Visible()
    {
        var me = Permissions.UserId(User);
        var managed = UserScope.Managed(db, User).Select(u => u.Id);
        return db.ApiKeys.Where(k => k.UserId == me || managed.Contains(k.UserId));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = Permissions.UserId(User);
        Keys = await Visible().Join(db.Users, k => k.UserId, u => u.Id, (k, u) => new { k, u.Email })
            .OrderByDescending(x => x.k.CreatedAt)
            .Select(x => new KeyRow(x.k.Id, x.k.Name, x.k.Prefix, x.Email ?? "", x.k.UserId == me, x.k.CreatedAt, x.k.LastUsedAt, x.k.RevokedAt))
            .ToListAsync(ct);
    }
}
