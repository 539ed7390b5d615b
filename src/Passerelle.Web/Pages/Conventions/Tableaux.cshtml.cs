using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>
/// The monthly tracking tables for France Travail (issue 5 item 2): the months due (before the 7th of the next month, 000
/// art. 3-4 b), producing a month's table as an AES-256 zip whose passphrase is shown once and never stored, and the
/// register of tables sent with their SHA-256. The page that shows a passphrase is never cached.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
public class TableauxModel(TrackingExports exports, ConventionService conventions, PasserelleDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Convention { get; set; }
    [BindProperty] public string? Mois { get; set; }

    public IReadOnlyList<ConventionListItem> Conventions { get; private set; } = [];
    public IReadOnlyList<TrackingDue> Due { get; private set; } = [];
    public IReadOnlyList<TrackingRegisterLine> Register { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Producers { get; private set; } = new Dictionary<Guid, string>();
    public TrackingProduced? Produced { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Convention ??= Due.FirstOrDefault()?.ConventionId.ToString() ?? Conventions.FirstOrDefault()?.Convention.Id.ToString();
        Mois ??= (Due.FirstOrDefault()?.Month ?? TrackingMonth.Of(Today().AddMonths(-1))).ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!Guid.TryParse(Convention, out var conventionId)) ModelState.AddModelError(nameof(Convention), "Convention : choisissez la convention d'échange de données.");
        if (!TrackingMonth.TryParse(Mois, out var month)) ModelState.AddModelError(nameof(Mois), $"Mois : mois manquant ou mal écrit « {Mois} » (aaaa-mm).");
        if (ModelState.IsValid)
        {
            var result = await exports.ProduceAsync(conventionId, month, ct: ct);
            if (result is null) ModelState.AddModelError(nameof(Convention), "Convention : convention introuvable.");
            else if (result.Produced is { } produced)
            {
                Produced = produced;
                Response.Headers.CacheControl = "no-store";
            }
            else foreach (var e in result.Errors)
                ModelState.AddModelError(e.Field == "month" ? nameof(Mois) : nameof(Convention), (e.Field == "month" ? "Mois : " : "Convention : ") + e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetFichierAsync(Guid id, CancellationToken ct)
    {
        if (await exports.FileAsync(id, ct) is not { } file) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, "application/zip", file.FileName);
    }

    public string ConventionTitle(Guid id) => Conventions.FirstOrDefault(c => c.Convention.Id == id)?.Convention.Title ?? "";

    private async Task LoadAsync(CancellationToken ct)
    {
        Conventions = [.. (await conventions.ListAsync(ct)).Where(c => c.Convention.Kind == ConventionCodes.DataExchange)];
        Due = await exports.DueAsync(Today(), ct);
        Register = await exports.RegisterAsync(ct);
        var ids = Register.Select(r => r.ProducedBy).OfType<Guid>().Distinct().ToList();
        Producers = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, ct);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
