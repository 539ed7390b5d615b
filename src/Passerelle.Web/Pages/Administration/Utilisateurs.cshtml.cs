using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Administration;

/// <summary>
/// Users a manager may manage (<see cref="UserScope"/>): list, creation with an initial password shown once,
/// disabling and re-enabling. A user outside the manager's scope answers 404, as if it did not exist.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageUsers))]
public class UtilisateursModel(PasserelleDbContext db, OrganisationService organisations) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? OrgCode { get; set; }
    [BindProperty] public string? RoleCode { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<Role> RoleChoices { get; private set; } = [];
    public (string Email, string Password)? Created { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? message, CancellationToken ct)
    {
        Message = message;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        var org = Organisations.SingleOrDefault(o => o.Code == OrgCode) ?? (Organisations.Count == 1 ? Organisations[0] : null);
        if (org is null) ModelState.AddModelError(nameof(OrgCode), "Organisation : choisissez une organisation de la liste.");
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Adresse électronique : ce champ est obligatoire.");
        if (!Roles.TryParse(RoleCode ?? "", out var role)) ModelState.AddModelError(nameof(RoleCode), "Rôle : choisissez un rôle de la liste.");
        else if (org is not null && !Roles.AllowedIn(role, org.Kind))
            ModelState.AddModelError(nameof(RoleCode), $"Rôle : « {Roles.Label(role)} » n'existe pas dans une organisation de type « {KindLabels.Label(org.Kind)} ».");
        if (!ModelState.IsValid) return Page();

        var password = string.IsNullOrWhiteSpace(Password) ? InitialPasswords.Generate() : Password;
        try
        {
            var user = await organisations.CreateUserAsync(Email!, org!.Code, role, password, string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim(), ct);
            // Shown in this answer only: no redirect, nothing stored in clear.
            Created = (user.Email!, password);
            Email = DisplayName = Password = RoleCode = null;
            await LoadAsync(ct);
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(e.Field switch { "password" => nameof(Password), "role" => nameof(RoleCode), "org" => nameof(OrgCode), _ => nameof(Email) }, e.Message);
        }
        return Page();
    }

    public Task<IActionResult> OnPostDesactiverAsync(Guid userId, CancellationToken ct) => SetDisabledAsync(userId, true, ct);

    public Task<IActionResult> OnPostActiverAsync(Guid userId, CancellationToken ct) => SetDisabledAsync(userId, false, ct);

    private async Task<IActionResult> SetDisabledAsync(Guid userId, bool disabled, CancellationToken ct)
    {
        var target = await UserScope.Managed(db, User).AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (target is null) return NotFound();
        if (target.Id == Permissions.UserId(User))
            return RedirectToPage(new { message = "Vous ne pouvez pas désactiver votre propre compte." });
        await organisations.SetUserDisabledAsync(userId, disabled, ct);
        return RedirectToPage(new { message = $"Le compte {target.Email} a été {(disabled ? "désactivé" : "réactivé")}." });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Organisations = await UserScope.Organisations(db, User).AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(ct);
        var kinds = Organisations.Select(o => o.Kind).ToHashSet();
        RoleChoices = Roles.Every.Where(r => kinds.Any(k => Roles.AllowedIn(r, k))).ToList();
        var orgNames = Organisations.ToDictionary(o => o.Id, o => o.Name);
        var users = await UserScope.Managed(db, User).AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        Users = users.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName, Roles.Label(u.Role),
            orgNames.GetValueOrDefault(u.OrganisationId, ""), u.TwoFactorEnabled,
            !u.Disabled && u.LockoutEnd > now, u.Disabled)).ToList();
    }
}
