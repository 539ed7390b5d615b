using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// Recording a person's exit: « Vérifier » shows the protocol's verdict on the exit as typed (category, positive or not,
/// basis, proofs and every criterion checked) before anything is written; « Enregistrer la sortie » checks again on the
/// server and records it through <see cref="JourneyRecorder"/>, then goes back to the person page.
/// </summary>
[Authorize(Policy = nameof(Permission.WritePersons))]
public class SortieModel(PersonReader reader, JourneyRecorder recorder, ExitJudge judge, TimeProvider clock) : PageModel
{
    public const string Prefix = "Sortie";

    [BindProperty] public ExitInput Sortie { get; set; } = new();

    public Person Person { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public ExitVerdict? Verdict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Sortie.Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifierAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await CheckAsync(id, ct) is not { } check) return NotFound();
        if (check.IsValid && ModelState.IsValid) Verdict = await judge.JudgeAsync(check.PlieId, check.Journey, check.Fact!, ct);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await CheckAsync(id, ct) is not { } check) return NotFound();
        if (check.IsValid && ModelState.IsValid)
        {
            var verdict = await judge.JudgeAsync(check.PlieId, check.Journey, check.Fact!, ct);
            if (await recorder.RecordAsync(id, check.Fact!, ct) is not { } result) return NotFound();
            if (result.Succeeded)
            {
                TempData["Statut"] = "Sortie enregistrée" + (verdict is null ? "." : " : " + Describe(verdict));
                TempData["NouveauFait"] = result.FactId.ToString();
                return RedirectToPage("Fiche", new { id });
            }
            FactForms.AddErrors(ModelState, Prefix, result.Errors);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<FactCheck?> CheckAsync(Guid id, CancellationToken ct)
    {
        DateOnly? date = null;
        if (FrenchDates.TryParse(Sortie.Date, out var d)) date = d;
        else if (!string.IsNullOrWhiteSpace(Sortie.Date))
            ModelState.AddModelError($"{Prefix}.Date", $"Date impossible ou mal écrite « {Sortie.Date.Trim()} » (jj/mm/aaaa).");
        var exit = new JourneyEventDto
        {
            Type = "exit",
            Date = date,
            Reason = string.IsNullOrWhiteSpace(Sortie.Reason) ? null : Sortie.Reason,
            Proofs = [.. Sortie.Proofs.Distinct()],
        };
        var check = await recorder.CheckAsync(id, exit, ct);
        if (check is not null) FactForms.AddErrors(ModelState, Prefix, check.Errors);
        return check;
    }

    private static string Describe(ExitVerdict v) =>
        (v.Positive ? $"positive ({ExitLabels.Basis(v.Basis)})" : $"non positive ({ExitLabels.Category(v.Category)}" + (v.Basis is null ? ")" : $", {ExitLabels.Basis(v.Basis)})"))
        + (v.MissingProofs.Count == 0 ? "." : $" ; justificatifs manquants : {string.Join(", ", v.MissingProofs.Select(p => Codes.Label(Codes.Proofs, p).ToLowerInvariant()))}.");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return false;
        Person = person;
        Title = person.Identity is { } i ? $"{i.LastName.ToUpperInvariant()} {i.FirstName}" : $"Personne {person.Ref}";
        return true;
    }
}
