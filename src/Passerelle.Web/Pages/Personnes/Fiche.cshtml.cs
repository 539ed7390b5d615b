using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;
using Passerelle.Core.Referentials;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A person's file (issue 4 item 1): situation, alerts, the employment follow-up, the exit with its proofs, the facts in
/// sections (barriers, steps, contracts, trainings, contacts…) or as a timeline by month (<c>?vue=chronologie</c>), and,
/// for those who may write, the entry of a new fact (one form per kind, chosen by <c>?saisie=</c>, no script needed)
/// and the changes made on a fact's row: closing a running period, a barrier worked on or lifted, France Travail's answer
/// to a request, a proof received after the exit. Writes go through <see cref="JourneyRecorder"/> and come back here
/// (post/redirect/get) with a status message and the fact marked. A person of another PLIE is not found, exactly like
/// an id that does not exist.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class FicheModel(PersonReader reader, JourneyRecorder recorder, PathwayReader pathways, PlieStaff staff, TimeProvider clock) : PageModel
{
    public const string Prefix = "Saisie";
    public const string Timeline = "chronologie";

    [BindProperty] public FactInput Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "saisie")] public string? Tab { get; set; }
    [BindProperty(SupportsGet = true, Name = "vue")] public string? View { get; set; }

    public Person Person { get; private set; } = null!;
    public PersonIdentity? Identity => Person.Identity;
    public string? CommuneName { get; private set; }
    public JourneySummary Summary { get; private set; } = null!;
    public PersonFile PersonFile { get; private set; } = null!;
    public PathwayState State => PersonFile.State;
    public IReadOnlyList<PeriodEvent> Running { get; private set; } = [];
    /// <summary>The PLIE's referents a pathway may be handed to, but the current one.</summary>
    public IReadOnlyList<StaffMember> ReferentChoices { get; private set; } = [];
    /// <summary>The entry tabs offered: the intake's before the integration, the pathway's after.</summary>
    public IReadOnlyList<EntryKind> EntryKinds => EntryKind.For(Summary.Integration is not null);
    public EntryKind Entry => EntryKind.Of(Tab, EntryKinds);
    public bool ShowsTimeline => View == Timeline;
    public bool CanWrite => Permissions.Has(User, Permission.WritePersons);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public string TodayIso => Iso(Today);
    public Guid? NewFact { get; private set; }
    public Guid? ChangedFact { get; private set; }
    /// <summary>A refused change on a fact's row: which fact, which of its forms, and the message naming the field.</summary>
    public RowError? RowError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        NewFact = FactId(TempData["NouveauFait"]);
        ChangedFact = FactId(TempData["FaitModifie"]);
        Saisie = new FactInput { Date = TodayIso, Start = TodayIso, Identified = TodayIso };
        return Page();
    }

    public async Task<IActionResult> OnPostAjouterAsync(Guid id, string? type, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        ModelState.Clear();
        var kind = EntryKind.Of(type, EntryKind.Known);
        Tab = kind.Slug;
        var fact = FactForms.ToDto(kind.Type, Saisie, ModelState, Prefix);
        if (kind.Type == "referent_change" && fact.Referent is { } chosen)
        {
            // The interchange format takes any e-mail; a page offers the PLIE's referents only.
            if (await staff.ForPersonAsync(id, ct) is not { } members) return NotFound();
            if (!PlieStaff.Referents(members).Any(m => string.Equals(m.Email, chosen, StringComparison.OrdinalIgnoreCase)))
            {
                ModelState.AddModelError($"{Prefix}.{nameof(FactInput.Referent)}", "Choisir un·e référent·e du PLIE dans la liste.");
                fact = fact with { Referent = null };
            }
        }
        if (await recorder.RecordAsync(id, fact, ct) is not { } result) return NotFound();
        if (result.Succeeded && ModelState.IsValid)
        {
            TempData["Statut"] = kind.Done;
            TempData["NouveauFait"] = result.FactId.ToString();
            return RedirectToPage(new { id, saisie = kind == EntryKind.All[0] || kind == EntryKind.Intake[0] ? null : kind.Slug, vue = View });
        }
        FactForms.AddErrors(ModelState, Prefix, result.Errors, kind.Type);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>« Clore » a running step, contract, training or suspension.</summary>
    public Task<IActionResult> OnPostCloreAsync(Guid id, Guid fact, string? end, CancellationToken ct) =>
        DatedChangeAsync(id, fact, "fin", "Date de fin", end, ct, date => recorder.EndPeriodAsync(id, fact, date, ct),
            (date, f) => $"Fin enregistrée le {FrenchDates.Format(date)} ({Codes.Label(Codes.EventTypes, f.Type).ToLowerInvariant()}).");

    /// <summary>A barrier worked on from a date (« travaillé depuis »).</summary>
    public Task<IActionResult> OnPostTravailleAsync(Guid id, Guid fact, string? date, CancellationToken ct) =>
        DatedChangeAsync(id, fact, "travail", "Travaillé depuis", date, ct,
            d => recorder.UpdateAsync(id, fact, f => f.Type != "barrier" ? null
                : f.WorkedFrom is { } w ? new FactError("workedFrom", $"ce frein est déjà travaillé depuis le {FrenchDates.Format(w)}.")
                : f with { WorkedFrom = d }, ct),
            (d, f) => $"Frein « {Codes.Label(Codes.BarrierFamilies, f.Family)} » travaillé depuis le {FrenchDates.Format(d)}.");

    /// <summary>A barrier lifted on a date.</summary>
    public Task<IActionResult> OnPostLeverAsync(Guid id, Guid fact, string? date, CancellationToken ct) =>
        DatedChangeAsync(id, fact, "levee", "Levé le", date, ct,
            d => recorder.UpdateAsync(id, fact, f => f.Type != "barrier" ? null
                : f.End is { } e ? new FactError("end", $"ce frein est déjà levé (le {FrenchDates.Format(e)}).")
                : f with { End = d }, ct),
            (d, f) => $"Frein « {Codes.Label(Codes.BarrierFamilies, f.Family)} » levé le {FrenchDates.Format(d)}.");

    /// <summary>France Travail's answer to a request: realised or refused, on a date.</summary>
    public async Task<IActionResult> OnPostReponseAsync(Guid id, Guid fact, string? outcome, string? date, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        if (outcome is null || !Codes.RequestOutcomes.ContainsKey(outcome))
            return await RowErrorAsync(id, new(fact, "reponse", "Réponse : choisir « Réalisée » ou « Refusée »."), ct);
        return await DatedChangeAsync(id, fact, "reponse-date", "Date de la réponse", date, ct,
            d => recorder.UpdateAsync(id, fact, f => f.Type != "request" ? null
                : f.Outcome is { } o ? new FactError("outcome", $"la réponse est déjà enregistrée ({Codes.Label(Codes.RequestOutcomes, o).ToLowerInvariant()}).")
                : f with { Outcome = outcome, OutcomeDate = d }, ct),
            (d, f) => $"Réponse de France Travail enregistrée : {Codes.Label(Codes.RequestKinds, f.Kind)} {Codes.Label(Codes.RequestOutcomes, outcome).ToLowerInvariant()} le {FrenchDates.Format(d)}.");
    }

    /// <summary>A proof of the exit received (issue 4 item 4): added to the exit's proofs.</summary>
    public async Task<IActionResult> OnPostJustificatifAsync(Guid id, Guid fact, string? proof, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        if (proof is null || !Codes.Proofs.ContainsKey(proof))
            return await RowErrorAsync(id, new(fact, "justificatif", "Justificatif : choisir un justificatif de la liste."), ct);
        var result = await recorder.UpdateAsync(id, fact, f => f.Type != "exit" ? null
            : f.Proofs?.Contains(proof) == true ? new FactError("proofs", "ce justificatif est déjà reçu.")
            : f with { Proofs = [.. f.Proofs ?? [], proof] }, ct);
        return await AfterChangeAsync(id, fact, "justificatif", "Justificatif", result, ct,
            _ => $"Justificatif reçu : {Codes.Label(Codes.Proofs, proof).ToLowerInvariant()}.");
    }

    private async Task<IActionResult> DatedChangeAsync(Guid id, Guid fact, string form, string label, string? text, CancellationToken ct,
        Func<DateOnly, Task<FactResult?>> change, Func<DateOnly, JourneyEventDto, string> done)
    {
        if (!CanWrite) return Forbid();
        if (!FrenchDates.TryParse(text, out var date))
            return await RowErrorAsync(id, new(fact, form, $"{label} : date impossible ou mal écrite (jj/mm/aaaa)."), ct);
        return await AfterChangeAsync(id, fact, form, label, await change(date), ct, f => done(date, f));
    }

    private async Task<IActionResult> AfterChangeAsync(Guid id, Guid fact, string form, string label, FactResult? result, CancellationToken ct,
        Func<JourneyEventDto, string> done)
    {
        if (result is null) return NotFound();
        if (!result.Succeeded)
            return await RowErrorAsync(id, new(fact, form, $"{label} : " + string.Join(" ", result.Errors.Select(e => e.Message))), ct);
        TempData["Statut"] = done(result.Fact!);
        TempData["FaitModifie"] = fact.ToString();
        return RedirectToPage(new { id, saisie = Tab, vue = View });
    }

    private async Task<IActionResult> RowErrorAsync(Guid id, RowError error, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        RowError = error;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return false;
        Person = person;
        CommuneName = CommuneReferential.Shared.FindCurrent(person.CommuneInsee)?.Name;
        var ordered = person.Events.OrderBy(e => e.Date).ThenBy(e => e.Seq).ToList();
        Summary = JourneySummary.From(ordered, Today);
        var members = await staff.ForPlieAsync(person.PlieId, ct);
        PersonFile = new PersonFile(ordered, await pathways.ReadAsync(person, Today, ct), members, Today);
        Running = ordered.OfType<PeriodEvent>().Where(p => p.End is null && p is not BarrierEvent).ToList();
        var current = State.Facts.InPathway ? State.Facts.Referent : null;
        ReferentChoices = PlieStaff.Referents(members).Where(m => !string.Equals(m.Email, current, StringComparison.OrdinalIgnoreCase)).ToList();
        return true;
    }

    /// <summary>The row's state: "fact-new" for the fact just recorded or changed.</summary>
    public string Mark(Guid fact) => fact == NewFact || fact == ChangedFact ? "fact-new" : "";

    /// <summary>The refused change's message when it concerns <paramref name="form"/> of <paramref name="fact"/>.</summary>
    public string? ErrorFor(Guid fact, string form) => RowError is { } e && e.Fact == fact && e.Form == form ? e.Message : null;

    // The temp-data serializer gives a Guid back for a string that reads as one.
    private static Guid? FactId(object? value) => value switch { Guid g => g, string s when Guid.TryParse(s, out var g) => g, _ => null };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
