using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// Puts a person's extension request (002 art. 3-3, 000 art. 3-3) or atypical exit (003 art. 5) on a coming session's
/// agenda: reached from the person's file (the pathway-maximum alert, the exit's verdict). Says why when it cannot be
/// asked (no extension in the protocol, already granted, no exit awaiting the commission). Integration requests are
/// proposed from the eligibility page. A person of another PLIE is not found.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class DemandeModel(PersonReader reader, CommissionSessions sessions, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public Guid? SessionId { get; set; }

    public Person Person { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public PathwayFacts Facts { get; private set; } = null!;
    /// <summary>The kinds of file (but integration), with why each cannot be asked today (null: it can).</summary>
    public IReadOnlyDictionary<string, string?> Kinds { get; private set; } = new Dictionary<string, string?>();
    public IReadOnlyList<string> Open => [.. Kinds.Where(k => k.Value is null).Select(k => k.Key)];
    public IReadOnlyList<SessionSummary> Upcoming { get; private set; } = [];
    public (CommissionItem Item, DateOnly Date)? Pending { get; private set; }
    public bool CanWrite => Permissions.Has(User, Permission.WritePersons);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        if (Kind is null || !CommissionCodes.ItemKinds.ContainsKey(Kind) || Kind == CommissionCodes.Integration)
            ModelState.AddModelError(nameof(Kind), "Choisissez l'objet de la demande : prolongation du parcours ou validation d'une sortie atypique.");
        if (SessionId is null)
            ModelState.AddModelError(nameof(SessionId), "Choisissez la séance à laquelle inscrire la demande.");
        if (!ModelState.IsValid) return await LoadAsync(id, ct) ? Page() : NotFound();
        if (await sessions.ProposeAsync(SessionId!.Value, id, Today, Kind!, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Statut"] = $"{CommissionCodes.Label(CommissionCodes.ItemKinds, Kind)} inscrite à l'ordre du jour.";
            return Redirect($"/Personnes/{id}");
        }
        foreach (var e in outcome.Errors) ModelState.AddModelError(e.Field == "session" ? nameof(SessionId) : e.Field == "kind" ? nameof(Kind) : "", e.Message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return false;
        Person = person;
        Title = person.Identity is { } i ? $"{i.LastName.ToUpperInvariant()} {i.FirstName}" : $"Personne {person.Ref}";
        Facts = PathwayFacts.From(person.Events);
        Kinds = (await sessions.ProposalsAsync(person, Today, ct)).Where(k => k.Key != CommissionCodes.Integration).ToDictionary();
        Upcoming = await sessions.UpcomingAsync(Today, ct);
        Pending = await sessions.PendingOfAsync(id, ct);
        return true;
    }
}
