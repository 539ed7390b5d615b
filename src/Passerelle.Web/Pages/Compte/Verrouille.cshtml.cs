using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Pages.Compte;

/// <summary>After five wrong passwords or codes in a row (IdentityPolicy).</summary>
public class VerrouilleModel : PageModel
{
    public void OnGet()
    {
    }
}
