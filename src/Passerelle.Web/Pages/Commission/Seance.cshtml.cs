using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// A session: its agenda with each person's eligibility on the session's date, and, for those who run the commission, the
/// decision on each file (integrate with a referent chosen with their caseload shown, refuse with a coded reason,
/// re-orient, adjourn; grant or deny an extension with its months; validate an atypical exit or not) and the minutes for France Travail (DOCX). Readers of people (referents, DPO, auditors) see the
/// agenda and the decisions. A session of another PLIE is not found, exactly like one that does not exist.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class SeanceModel(
    CommissionSessions sessions, CommissionDecisions decisions, CommissionMinutes minutes, EligibilityReviews eligibility,
    ReferentLoads loads, EligibilityService protocols, TimeProvider clock) : PageModel
{
    public const string Prefix = "Decision";

    [BindProperty] public DecisionForm Decision { get; set; } = new();

    public Agenda Agenda { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public IReadOnlyDictionary<Guid, PersonEligibility> Eligibility { get; private set; } = new Dictionary<Guid, PersonEligibility>();
    public IReadOnlyList<ReferentLoad> Referents { get; private set; } = [];
    public IReadOnlyDictionary<Guid, FileContext> Contexts { get; private set; } = new Dictionary<Guid, FileContext>();
    public bool CanRun => Permissions.Has(User, Permission.RunCommission);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The file whose form was posted with errors (its fields show them).</summary>
    public Guid? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetProcesVerbalAsync(Guid id, CancellationToken ct) =>
        await minutes.BuildAsync(id, ct) is { } file ? File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName) : NotFound();

    /// <summary>The session's entries and exits for France Travail (issue 5 item 5), <c>format</c> <c>xlsx</c> (default) or <c>csv</c>.</summary>
    public async Task<IActionResult> OnGetEntreesSortiesAsync(Guid id, string? format, [FromServices] EntriesExits table, CancellationToken ct) =>
        await table.FileAsync(id, format == "csv" ? "csv" : "xlsx", ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnPostDeciderAsync(Guid id, CancellationToken ct)
    {
        if (!CanRun) return Forbid();
        ModelState.Clear();
        var input = new DecisionInput(Decision.Choice, Decision.Referent, Decision.Reason, Decision.Reorientation, Decision.Months);
        if (await decisions.DecideAsync(id, Decision.Item, input, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Statut"] = $"Décision enregistrée : {CommissionCodes.DecisionLabel(Decision.Kind ?? CommissionCodes.Integration, input.Decision).ToLowerInvariant()}.";
            return Redirect($"/Commission/Seance/{id}#dossier-{Decision.Item}");
        }
        CommissionForms.AddErrors(ModelState, Prefix, outcome.Errors);
        Posted = Decision.Item;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>The id of a field of one file's form (ids are unique on the page).</summary>
    public static string FieldId(Guid item, string field) => $"d-{item:N}-{field}";

    public string? ErrorOf(Guid item, string field) =>
        Posted == item && ModelState.TryGetValue($"{Prefix}.{field}", out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await sessions.AgendaAsync(id, ct) is not { } agenda) return false;
        Agenda = agenda;
        var protocol = (await protocols.ProtocolInForceAsync(agenda.Session.PlieId, agenda.Session.Date, ct))?.Definition.Commission;
        var kind = agenda.Session.Kind;
        Title = (kind != CommissionCodes.List && protocol is not null ? protocol.Name : CommissionCodes.Label(CommissionCodes.SessionKinds, kind))
            + " du " + FrenchDates.Format(agenda.Session.Date);
        Eligibility = await eligibility.ForManyAsync(
            [.. agenda.Lines.Where(l => l.Item.Decision is null && l.Item.Kind == CommissionCodes.Integration).Select(l => l.Item.PersonId)], agenda.Session.Date, ct);
        Contexts = await sessions.ContextsAsync(agenda, ct);
        if (CanRun) Referents = await loads.ListAsync(Today, ct);
        return true;
    }
}
