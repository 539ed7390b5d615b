using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Administration;

/// <summary>
/// Organisations of the instance, by kind, and the form that creates one (a PLIE with its protocol preset).
/// Only for the platform's administrators: an administrator of a PLIE or carrier holds the same permission for
/// their own users, but the list of organisations is the instance's, not theirs (so: 403 for them).
/// </summary>
[Authorize(Policy = nameof(Permission.ManageOrganisations))]
public class OrganisationsModel(PasserelleDbContext db, OrganisationService organisations) : PageModel
{
    [BindProperty] public OrganisationKind Kind { get; set; } = OrganisationKind.Plie;
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid? ParentId { get; set; }
    [BindProperty] public string? Preset { get; set; } = ProtocolPresets.Names[0];

    public IReadOnlyList<Organisation> All { get; private set; } = [];
    public string? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? cree, CancellationToken ct)
    {
        if (!Permissions.IsPlatform(User)) return Forbid();
        Created = cree;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Permissions.IsPlatform(User)) return Forbid();
        ModelState.Clear(); // the service validates, in French, field by field
        try
        {
            if (ParentId is { } parent && !await db.Organisations.AnyAsync(o => o.Id == parent && o.Kind == OrganisationKind.Carrier, ct))
                throw new ValidationException("parent", "Choisissez une structure porteuse de la liste.");
            var org = Kind == OrganisationKind.Plie
                ? await organisations.CreatePlieAsync(Code ?? "", Name ?? "", Preset ?? "", ParentId, ct)
                : await organisations.CreateOrganisationAsync(Kind, Code ?? "", Name ?? "", ParentId, ct: ct);
            return RedirectToPage(new { cree = org.Code });
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(e.Field switch
            {
                "code" => nameof(Code),
                "name" => nameof(Name),
                "preset" => nameof(Preset),
                "parent" => nameof(ParentId),
                _ => "",
            }, e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    // Sorted in memory: the kind is stored as text, and the page follows the enum's order (platform, carriers, PLIE…).
    private async Task LoadAsync(CancellationToken ct) =>
        All = (await db.Organisations.AsNoTracking().ToListAsync(ct)).OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.CurrentCulture).ToList();
}
