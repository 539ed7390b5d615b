using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Administration;

/// <summary>Entry of the administration area: the sections the signed-in role may open.</summary>
[Authorize(Policy = Permissions.Administration)]
public class IndexModel : PageModel
{
    public bool CanManageOrganisations => Permissions.Has(User, Permission.ManageOrganisations) && Permissions.IsPlatform(User);
    public bool CanManageUsers => Permissions.Has(User, Permission.ManageUsers);

    public void OnGet()
    {
    }
}
