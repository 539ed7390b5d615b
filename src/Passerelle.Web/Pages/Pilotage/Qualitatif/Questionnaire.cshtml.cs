using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Core.Reporting.Qualitative;

namespace Passerelle.Web.Pages.Pilotage.Qualitatif;

/// <summary>
/// The coordinator's questionnaire of the Bilan qualitatif (seed 000 Annexe 2) for one convention with a France Travail
/// agency and a year: one fieldset per question with the three answers and the argued comment. All or nothing: an error
/// names the question; nothing is saved until the 8 questions are answered. A convention of another PLIE is not found.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
public class QuestionnaireModel(BilanQualitatif bilan) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "convention")]
    public Guid ConventionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int Year { get; set; }

    public QualitativeConvention? Convention { get; private set; }
    public Dictionary<int, QualitativeInput> Values { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } convention) return NotFound();
        Values = new Dictionary<int, QualitativeInput>(convention.Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFound();
        var inputs = QualitativeQuestions.All.Select(q => new QualitativeInput(
            Request.Form[$"q{q.Number}"].FirstOrDefault() is { Length: > 0 } a ? a : null,
            Request.Form[$"q{q.Number}-commentaire"].FirstOrDefault())).ToList();
        Values = inputs.Select((v, i) => (v, i)).ToDictionary(x => x.i + 1, x => x.v);
        var outcome = await bilan.SaveAsync(ConventionId, Year, inputs, ct);
        if (outcome is null) return NotFound();
        if (!outcome.Succeeded)
        {
            foreach (var e in outcome.Errors) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }
        TempData["Status"] = $"Réponses enregistrées pour la convention avec {Convention!.Partner} ({Year}).";
        return Redirect("/Pilotage/Qualitatif?annee=" + Year.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<QualitativeConvention?> FindAsync(CancellationToken ct) =>
        Year is < BilanQuantitatif.MinYear or > BilanQuantitatif.MaxYear ? null : Convention = await bilan.ConventionAsync(ConventionId, Year, ct);
}
