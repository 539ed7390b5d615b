using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Where the cookie sends a signed-in user whose role does not open a page.</summary>
public class AccesRefuseModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
