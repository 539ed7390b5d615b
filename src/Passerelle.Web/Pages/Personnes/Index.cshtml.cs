using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// Search of the PLIE's people by name, birth date or France Travail id. A POST form: names and birth dates must
/// not travel in URLs, which end up in proxy and server logs and in browser history. Every person listed leaves a
/// "person.search" audit line.
/// </summary>
[Authorize(Policy = nameof(Core.Organisations.Permission.ReadPersons))]
public class IndexModel(PersonReader reader) : PageModel
{
    public const int MaxResults = 50;

    [BindProperty(Name = "nom")]
    public string? Nom { get; set; }

    // A string, not a DateOnly: the message for a mistyped date must be French and name the field.
    [BindProperty(Name = "naissance")]
    public string? Naissance { get; set; }

    [BindProperty(Name = "ft")]
    public string? FranceTravailId { get; set; }

    public bool Searched { get; private set; }
    public IReadOnlyList<PersonSummary> Results { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(Naissance))
        {
            if (FrenchDates.TryParse(Naissance, out var parsed)) birth = parsed;
            else ModelState.AddModelError("naissance", "Date de naissance : saisissez une date valide au format jj/mm/aaaa, par exemple 14/07/1985.");
        }
        var search = new PersonSearch(Nom, birth, FranceTravailId, Take: MaxResults);
        if (!ModelState.IsValid || search.IsEmpty) return;
        Searched = true;
        Results = await reader.SearchAsync(search, ct);
    }
}
