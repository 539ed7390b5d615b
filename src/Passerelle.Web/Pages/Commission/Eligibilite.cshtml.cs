using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// A person's eligibility at a date (issue 3 item 5): every rule of the PLIE's protocol passed, failed or to be confirmed
/// by the referent, with its reason and source; the referent confirms the judgement rules (recorded and audited: who,
/// when); then proposes the person to a coming session of the commission. The date is a GET parameter (no personal
/// data); a person of another PLIE is not found.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class EligibiliteModel(PersonReader reader, EligibilityReviews eligibility, CommissionSessions sessions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "date")] public string? DateText { get; set; }

    /// <summary>Rule id → « oui » (met), « non » (not met) or empty (not judged now).</summary>
    [BindProperty] public Dictionary<string, string?> Judgements { get; set; } = [];

    [BindProperty] public Guid? SessionId { get; set; }

    public Person Person { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public DateOnly On { get; private set; }
    public PersonEligibility Answer { get; private set; } = null!;
    public Intake Intake { get; private set; } = null!;
    public IReadOnlyList<SessionSummary> Upcoming { get; private set; } = [];
    public (CommissionItem Item, DateOnly Date)? Pending { get; private set; }
    public bool CanWrite => Permissions.Has(User, Permission.WritePersons);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmerAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var on = ReadDate();
        var judged = Judgements.Where(j => j.Value is "oui" or "non").ToDictionary(j => j.Key, j => j.Value == "oui");
        if (await eligibility.ReviewAsync(id, on, judged, ct) is not { } errors) return NotFound();
        if (errors.Count == 0)
        {
            TempData["Statut"] = judged.Count == 1 ? "Critère confirmé." : $"{judged.Count} critères confirmés.";
            return Redirect(Self(id, on));
        }
        foreach (var e in errors) ModelState.AddModelError("Judgements", char.ToUpperInvariant(e[0]) + e[1..]);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProposerAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        if (SessionId is not { } session)
        {
            ModelState.AddModelError(nameof(SessionId), "Choisissez la séance à laquelle inscrire la demande.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        if (await sessions.ProposeAsync(session, id, Today, ct: ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Statut"] = "Demande d'intégration inscrite à l'ordre du jour.";
            return Redirect(Self(id, ReadDate()));
        }
        foreach (var e in outcome.Errors) ModelState.AddModelError(nameof(SessionId), e.Message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private DateOnly ReadDate() => FrenchDates.TryParse(DateText, out var d) ? d : Today;

    private static string Self(Guid id, DateOnly on) => $"/Commission/Eligibilite/{id}?date={CommissionForms.Iso(on)}";

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return false;
        Person = person;
        Title = person.Identity is { } i ? $"{i.LastName.ToUpperInvariant()} {i.FirstName}" : $"Personne {person.Ref}";
        if (!string.IsNullOrWhiteSpace(DateText) && !FrenchDates.TryParse(DateText, out _))
            ModelState.AddModelError("date", $"Date impossible ou mal écrite « {DateText.Trim()} » (jj/mm/aaaa) : l'éligibilité est évaluée au {FrenchDates.Format(Today)}.");
        On = ReadDate();
        Answer = (await eligibility.GetAsync(id, On, ct))!;
        Intake = Intake.Of(person.Events);
        Upcoming = await sessions.UpcomingAsync(Today, ct);
        Pending = await sessions.PendingOfAsync(id, ct);
        return true;
    }
}
