using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// Import of a France Travail referral list (issue 3 items 1-2) by the PLIE's team (ImportExport: director,
/// coordinator), into their own PLIE. Three steps that need no script: upload (« Vérifier »: nothing written; a refused
/// file comes back with its report by line and column), preview (counts by action and, for each suspected duplicate,
/// a choice: same person as a known one, another person, or leave the line out), confirmation (one transaction, then
/// post/redirect/get to the summary). Between preview and confirmation the file waits in <see cref="ImportDrafts"/>.
/// </summary>
[Authorize(Policy = nameof(Permission.ImportExport))]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public class ImportModel(PasserelleDbContext db, ActorContext actor, ReferralListImport import, ImportDrafts drafts) : PageModel
{
    /// <summary>A little over the reader's own limit, so that a file just too big gets its French message rather than a 413.</summary>
    private const long MaxRequestBytes = ReferralWorkbookReader.MaxBytes + 1024 * 1024;
    public const int MaxReportLines = 1000;
    public const string NewPerson = "nouvelle";
    public const string LeaveOut = "ecarter";

    [BindProperty] public string? Jeton { get; set; }
    [BindProperty] public Dictionary<int, string> Choix { get; set; } = [];

    public string PlieName { get; private set; } = "";
    public string? FileName { get; private set; }
    public ReferralListOutcome? Outcome { get; private set; }
    public ImportSummary? Result { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (TempData["Import"] is string json) Result = JsonSerializer.Deserialize<ImportSummary>(json);
    }

    public async Task<IActionResult> OnPostVerifierAsync(IFormFile? fichier, CancellationToken ct)
    {
        var plie = await LoadAsync(ct);
        if (fichier is null || fichier.Length == 0)
        {
            Problem = "Fichier : choisissez la liste d'orientations reçue de France Travail (classeur Excel .xlsx).";
            return Page();
        }
        FileName = Path.GetFileName(fichier.FileName);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await fichier.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        Outcome = await import.ImportAsync(new ReferralListRequest(plie, new MemoryStream(bytes)), ct);
        if (Outcome.Kind == ReferralListOutcomeKind.Preview) Jeton = drafts.Add(actor.UserId!.Value, bytes, FileName);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmerAsync(CancellationToken ct)
    {
        var plie = await LoadAsync(ct);
        if (drafts.Get(Jeton, actor.UserId!.Value) is not { } draft)
        {
            Problem = $"La liste vérifiée n'est plus disponible (elle est gardée {ImportDrafts.Lifetime.TotalMinutes:N0} minutes, ou elle a déjà été importée) : déposez-la de nouveau.";
            return Page();
        }
        FileName = draft.FileName;
        Outcome = await import.ImportAsync(new ReferralListRequest(plie, new MemoryStream(draft.File)) { Confirm = true, Choices = Choices() }, ct);
        if (Outcome.Kind == ReferralListOutcomeKind.Preview)
        {
            Problem = Outcome.ToDecide > 0
                ? $"Rien n'a été importé : choisissez que faire de chaque ligne à décider ({Outcome.ToDecide} sans réponse)."
                : "Rien n'a été importé : certains choix ne conviennent plus, voyez les lignes signalées.";
            return Page();
        }
        drafts.Remove(Jeton);
        if (Outcome.Kind == ReferralListOutcomeKind.Refused) return Page();
        TempData["Import"] = JsonSerializer.Serialize(new ImportSummary(draft.FileName, Outcome.Lines, Outcome.Created, Outcome.Attached, Outcome.Updated,
            Outcome.Unchanged, Outcome.Skipped));
        return RedirectToPage();
    }

    /// <summary>The radio buttons' values: <see cref="NewPerson"/>, <see cref="LeaveOut"/>, or the id of a known person.</summary>
    private Dictionary<int, ReferralListChoice> Choices()
    {
        var choices = new Dictionary<int, ReferralListChoice>();
        foreach (var (line, value) in Choix)
        {
            if (value == NewPerson) choices[line] = ReferralListChoice.New;
            else if (value == LeaveOut) choices[line] = ReferralListChoice.Skip;
            else if (Guid.TryParse(value, out var id)) choices[line] = ReferralListChoice.AttachTo(id);
        }
        return choices;
    }

    private async Task<string> LoadAsync(CancellationToken ct)
    {
        var plie = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == actor.PlieId, ct);
        PlieName = plie.Name;
        return plie.Code;
    }

    /// <summary>The value checked for a line to decide: the choice made, if any.</summary>
    public string? Checked(ReferralListLine line) => Choix.TryGetValue(line.Line, out var v) ? v : line.Choice switch
    {
        { Action: ReferralListAction.Create } => NewPerson,
        { Action: ReferralListAction.Skip } => LeaveOut,
        { PersonId: { } id } => id.ToString(),
        _ => null,
    };

    public static string Reasons(DuplicateReasons reasons) => reasons switch
    {
        var r when r.HasFlag(DuplicateReasons.FranceTravailId) => "même identifiant France Travail, mêmes nom et date de naissance",
        var r when r.HasFlag(DuplicateReasons.NameAndBirthDate) => "mêmes nom, prénom et date de naissance",
        _ => "même identifiant France Travail, mais un autre nom ou une autre date de naissance",
    };

    public static string Plural(int n, string one, string many) => $"{n:N0} {(n > 1 ? many : one)}";
}

/// <summary>What the summary after an import shows (carried by TempData across the redirect).</summary>
public sealed record ImportSummary(string FileName, int Lines, int Created, int Attached, int Updated, int Unchanged, int Skipped)
{
    public bool ChangesNothing => Created + Attached + Updated == 0;
}
