using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// Handing an absent referent's people over (« en cas d'absence prolongée … désigner un nouveau référent unique », 000 art.
/// 3-4 b): the coordinator chooses the absent referent (by user id in the URL, never a name), ticks the people to hand over,
/// chooses who takes them (caseloads shown against the protocol's norm) and the date; each person gets a
/// <c>referent_change</c> fact, all in one transaction.
/// </summary>
[Authorize(Policy = nameof(Permission.RunCommission))]
public class PassationModel(ReferentLoads loads, Handovers handovers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "absent")] public Guid? Absent { get; set; }

    [BindProperty] public HandoverInput Passation { get; set; } = new();

    public IReadOnlyList<ReferentLoad> Referents { get; private set; } = [];
    public ReferentLoad? AbsentReferent { get; private set; }
    public IReadOnlyList<HandoverPerson> People { get; private set; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Passation = new HandoverInput { Date = CommissionForms.Iso(Today), Reason = "absence", Persons = [.. People.Select(p => p.PersonId)] };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var date = CommissionForms.Date(ModelState, "Passation.Date", Passation.Date, required: true);
        if (date is { } d)
        {
            var outcome = await handovers.HandOverAsync(Passation.Persons, Passation.To, d, Passation.Reason ?? "absence", ct);
            if (outcome.Succeeded)
            {
                TempData["Statut"] = $"{Passation.Persons.Count} personne{(Passation.Persons.Count > 1 ? "s" : "")} confiée{(Passation.Persons.Count > 1 ? "s" : "")} à un·e autre référent·e à compter du {FrenchDates.Format(d)}.";
                return Redirect("/Commission/Passation" + (Absent is { } a ? $"?absent={a}" : ""));
            }
            CommissionForms.AddErrors(ModelState, "Passation", outcome.Errors);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Referents = await loads.ListAsync(Today, ct);
        AbsentReferent = Referents.FirstOrDefault(r => r.UserId == Absent);
        if (AbsentReferent is not null) People = await handovers.PeopleOfAsync(AbsentReferent.Email, ct);
    }

    public sealed class HandoverInput
    {
        [Display(Name = "Personnes à confier")] public List<Guid> Persons { get; set; } = [];
        [Display(Name = "Nouveau ou nouvelle référent·e")] public string? To { get; set; }
        [Display(Name = "À compter du")] public string? Date { get; set; }
        [Display(Name = "Motif")] public string? Reason { get; set; }
    }
}
