using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Conventions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>Recording a convention, or changing one (issue 5 item 1). A convention of another PLIE answers 404, like a missing one.</summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
public class EditionModel(ConventionService conventions) : PageModel
{
    [BindProperty] public ConventionForm Form { get; set; } = ConventionForm.New();
    public Guid? Id { get; private set; }
    public IReadOnlyList<Organisation> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await conventions.GetAsync(existing, ct) is not { } convention) return NotFound();
            Form = ConventionForm.From(convention);
        }
        Partners = await conventions.PartnersAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear();
        var input = Form.ToInput(ModelState);
        var outcome = await conventions.SaveAsync(id, input, ct);
        if (outcome is null) return NotFound();
        if (outcome.Succeeded && ModelState.IsValid)
        {
            TempData["Statut"] = id is null ? "Convention enregistrée." : "Convention modifiée.";
            return RedirectToPage("Index");
        }
        Form.AddErrors(ModelState, outcome.Errors);
        while (Form.Correspondants.Count < ConventionForm.CorrespondentLines) Form.Correspondants.Add(new());
        Partners = await conventions.PartnersAsync(ct);
        return Page();
    }
}
