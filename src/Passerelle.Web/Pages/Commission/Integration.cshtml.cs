using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// The integration's paperwork (issue 3 item 7): the contract of engagement as a Word file (with the personal-data notice
/// of 000 data convention art. 4.2), the date it was signed, and France Travail's PNI delegation — requested, confirmed,
/// its end (start + the protocol's months) and the pathway's alert before it ends. A person of another PLIE is not found.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class IntegrationModel(IntegrationFiles files, TimeProvider clock) : PageModel
{
    [BindProperty] public PaperworkInput Dossier { get; set; } = new();

    public IntegrationView View { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public bool CanWrite => Permissions.Has(User, Permission.WritePersons);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Dossier = new PaperworkInput
        {
            SignedOn = View.File?.ContractSignedOn is { } s ? CommissionForms.Iso(s) : null,
            PniRequestedOn = View.File?.PniRequestedOn is { } r ? CommissionForms.Iso(r) : null,
            PniConfirmedOn = View.File?.PniConfirmedOn is { } c ? CommissionForms.Iso(c) : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetContratAsync(Guid id, CancellationToken ct) =>
        await files.ContractAsync(id, ct) is { } file ? File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName) : NotFound();

    public async Task<IActionResult> OnPostSignatureAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        ModelState.Clear();
        if (CommissionForms.Date(ModelState, "Dossier.SignedOn", Dossier.SignedOn, required: true) is { } date)
        {
            if (await files.RecordSignatureAsync(id, date, ct) is not { } outcome) return NotFound();
            if (outcome.Succeeded) return Done(id, $"Signature du contrat d'engagement enregistrée au {FrenchDates.Format(date)}.");
            CommissionForms.AddErrors(ModelState, "Dossier", outcome.Errors);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPniAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        ModelState.Clear();
        var requested = CommissionForms.Date(ModelState, "Dossier.PniRequestedOn", Dossier.PniRequestedOn, required: false);
        var confirmed = CommissionForms.Date(ModelState, "Dossier.PniConfirmedOn", Dossier.PniConfirmedOn, required: false);
        if (ModelState.IsValid)
        {
            if (await files.RecordPniAsync(id, requested, confirmed, ct) is not { } outcome) return NotFound();
            if (outcome.Succeeded) return Done(id, "Délégation PNI enregistrée.");
            CommissionForms.AddErrors(ModelState, "Dossier", outcome.Errors);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private IActionResult Done(Guid id, string status)
    {
        TempData["Statut"] = status;
        return Redirect($"/Commission/Integration/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await files.GetAsync(id, Today, ct) is not { } view) return false;
        View = view;
        Title = view.Person.Identity is { } i ? $"{i.LastName.ToUpperInvariant()} {i.FirstName}" : $"Personne {view.Person.Ref}";
        return true;
    }

    public sealed class PaperworkInput
    {
        [Display(Name = "Date de signature")] public string? SignedOn { get; set; }
        [Display(Name = "Demande de délégation PNI")] public string? PniRequestedOn { get; set; }
        [Display(Name = "Confirmation par France Travail")] public string? PniConfirmedOn { get; set; }
    }
}
