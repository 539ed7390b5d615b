using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Conventions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Correspondant;

/// <summary>
/// France Travail's PLIE correspondent's page (issue 5 item 3): the tracking tables sent to their agency under a convention
/// that opens online access (the same encrypted zips as the register; the passphrase still comes by another channel), and
/// the minutes of the commissions of that PLIE. Nothing else; anything not listed is not found. Downloads are audited.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPartnerExchanges))]
public class IndexModel(CorrespondentDesk desk) : PageModel
{
    public IReadOnlyList<Convention> Conventions { get; private set; } = [];
    public IReadOnlyList<CorrespondentTable> Tables { get; private set; } = [];
    public IReadOnlyList<CorrespondentSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Conventions = await desk.ConventionsAsync(ct);
        Tables = await desk.TablesAsync(ct);
        Sessions = await desk.SessionsAsync(ct);
    }

    public async Task<IActionResult> OnGetTableauAsync(Guid id, CancellationToken ct)
    {
        if (await desk.TableAsync(id, ct) is not { } file) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, "application/zip", file.FileName);
    }

    public async Task<IActionResult> OnGetProcesVerbalAsync(Guid id, CancellationToken ct)
    {
        if (await desk.MinutesAsync(id, ct) is not { } file) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName);
    }
}
