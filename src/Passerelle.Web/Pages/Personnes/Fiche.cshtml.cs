using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A person's file: identity, situation, the journey's facts in order with the verdict of each exit, and, for those who
/// may write, the entry of a new fact (one form per kind, chosen by <c>?saisie=</c>, no script needed) and the closing of
/// running periods. Writes go through <see cref="JourneyRecorder"/> and come back here (post/redirect/get) with a status
/// message and the new fact marked. A person of another PLIE is not found, exactly like an id that does not exist.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class FicheModel(PersonReader reader, JourneyRecorder recorder, ExitJudge judge, TimeProvider clock) : PageModel
{
    public const string Prefix = "Saisie";

    [BindProperty] public FactInput Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "saisie")] public string? Tab { get; set; }

    public Person Person { get; private set; } = null!;
    public PersonIdentity? Identity => Person.Identity;
    public string? CommuneName { get; private set; }
    public JourneySummary Summary { get; private set; } = null!;
    public IReadOnlyList<FactView> Facts { get; private set; } = [];
    public IReadOnlyList<PeriodEvent> Running { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ExitVerdict> Verdicts { get; private set; } = new Dictionary<Guid, ExitVerdict>();
    public EntryKind Entry => EntryKind.Of(Tab);
    public bool CanWrite => Permissions.Has(User, Permission.WritePersons);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public Guid? NewFact { get; private set; }
    public (Guid Fact, string Message)? CloseError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // The temp-data serializer gives a Guid back for a string that reads as one.
        NewFact = TempData["NouveauFait"] switch { Guid g => g, string s when Guid.TryParse(s, out var g) => g, _ => null };
        Saisie = new FactInput { Date = Iso(Today), Start = Iso(Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAjouterAsync(Guid id, string? type, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        ModelState.Clear();
        var kind = EntryKind.Of(type);
        Tab = kind.Slug;
        var fact = FactForms.ToDto(kind.Type, Saisie, ModelState, Prefix);
        if (await recorder.RecordAsync(id, fact, ct) is not { } result) return NotFound();
        if (result.Succeeded && ModelState.IsValid)
        {
            TempData["Statut"] = kind.Done;
            TempData["NouveauFait"] = result.FactId.ToString();
            return RedirectToPage(new { id, saisie = kind.Slug == EntryKind.All[0].Slug ? null : kind.Slug });
        }
        FactForms.AddErrors(ModelState, Prefix, result.Errors);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCloreAsync(Guid id, Guid fact, string? end, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        ModelState.Clear();
        if (!FrenchDates.TryParse(end, out var date))
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            CloseError = (fact, "Date de fin : date impossible ou mal écrite (jj/mm/aaaa).");
            return Page();
        }
        if (await recorder.EndPeriodAsync(id, fact, date, ct) is not { } result) return NotFound();
        if (result.Succeeded)
        {
            TempData["Statut"] = $"Fin enregistrée le {FrenchDates.Format(date)} ({Codes.Label(Codes.EventTypes, result.Fact!.Type).ToLowerInvariant()}).";
            TempData["NouveauFait"] = fact.ToString();
            return RedirectToPage(new { id, saisie = Tab });
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        var message = "Date de fin : " + string.Join(" ", result.Errors.Select(e => e.Message));
        CloseError = (fact, message);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return false;
        Person = person;
        CommuneName = CommuneReferential.Shared.FindCurrent(person.CommuneInsee)?.Name;
        var ordered = person.Events.OrderBy(e => e.Date).ThenBy(e => e.Seq).ToList();
        Summary = JourneySummary.From(ordered, Today);
        Facts = ordered.Select(FactDescriber.Describe).ToList();
        Running = ordered.OfType<PeriodEvent>().Where(p => p.End is null).ToList();
        Verdicts = await judge.VerdictsAsync(person, ct);
        return true;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
