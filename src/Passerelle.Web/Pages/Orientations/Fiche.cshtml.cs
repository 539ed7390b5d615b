using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// A fiche de liaison as it was sent, printable (print style sheet) and as a Word document (<c>?handler=Docx</c>), with
/// the notice. Only for the organisation that sent it: another's, like a missing one, answers 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ReferPersons))]
public class FicheModel(ReferralReader reader) : PageModel
{
    public ReferralSheetView Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await reader.SheetAsync(id, "html", ct) is not { } sheet) return NotFound();
        Sheet = sheet;
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        if (await reader.SheetAsync(id, "docx", ct) is not { } sheet) return NotFound();
        // The file name carries a date, never a name (downloads end up in histories and logs).
        return File(ReferralDocx.Build(sheet), ReferralDocx.ContentType, $"fiche-de-liaison-{NouvelleModel.Iso(sheet.Date)}.docx");
    }
}
