using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Pages;

/// <summary>Error pages in French; no technical detail is shown to people.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErreurModel : PageModel
{
    public string Title { get; private set; } = "Une erreur est survenue";
    public string Message { get; private set; } = "L'opération n'a pas abouti. Réessayez ; si le problème persiste, prévenez votre administrateur.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code is { } c) Response.StatusCode = c;
        (Title, Message) = code switch
        {
            404 => ("Page introuvable", "Cette page n'existe pas, ou vous n'y avez pas accès."),
            403 => ("Accès refusé", "Votre rôle ne permet pas d'ouvrir cette page."),
            429 => ("Trop de tentatives", "Patientez une minute avant de réessayer."),
            _ => (Title, Message),
        };
    }
}
