using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reconciliation;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>
/// The quarterly reconciliation with France Travail's list of PNI-delegated people (issue 5 item 4; 001 art. 2-4 a): the
/// coordinator drops the list; a malformed one comes back refused with its report by line and column and nothing stored;
/// a good one is compared with the pathways and its result kept, then shown (post/redirect/get) grouped by kind of
/// difference with the action to take and a link to each person; the history of past reconciliations below.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public class RapprochementModel(PniReconciliations reconciliations, PasserelleDbContext db) : PageModel
{
    /// <summary>A little over the reader's own limit, so that a file just too big gets its French message rather than a 413.</summary>
    private const long MaxRequestBytes = XlsxSheetReader.MaxBytes + 1024 * 1024;
    public const int MaxReportLines = 1000;

    public ReconciliationView? Result { get; private set; }
    public IReadOnlyList<ReconciliationSummary> History { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Users { get; private set; } = new Dictionary<Guid, string>();
    public ReconciliationOutcome? Refused { get; private set; }
    public string? FileName { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } wanted && (Result = await reconciliations.GetAsync(wanted, ct)) is null) return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0)
        {
            Problem = "Fichier : choisissez la liste des personnes suivies en délégation PNI reçue de France Travail (classeur Excel .xlsx).";
            await LoadAsync(ct);
            return Page();
        }
        FileName = Path.GetFileName(fichier.FileName);
        await using var stream = fichier.OpenReadStream();
        var outcome = await reconciliations.ImportAsync(stream, ct);
        if (outcome.Reconciliation is { } done) return RedirectToPage(new { id = done.Id });
        Refused = outcome;
        await LoadAsync(ct);
        return Page();
    }

    public static string Plural(int n, string one, string many) => $"{n} {(n > 1 ? many : one)}";

    public string UserName(Guid? id, string channel) =>
        id is { } u && Users.TryGetValue(u, out var name) ? name : channel == "cli" ? "Ligne de commande" : "—";

    private async Task LoadAsync(CancellationToken ct)
    {
        History = await reconciliations.HistoryAsync(ct);
        var ids = History.Select(h => h.ImportedBy).OfType<Guid>().Distinct().ToList();
        Users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, ct);
    }
}
