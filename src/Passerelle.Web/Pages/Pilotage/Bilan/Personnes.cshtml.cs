using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Web.Pages.Pilotage.Bilan;

/// <summary>
/// The people behind one figure of the Bilan quantitatif (same year, same agency), by name, each a link to their page.
/// Needs both permissions: the report, and reading people. The parameters are codes only; the list leaves one
/// <c>person.bilan</c> listing line with the ids shown (<see cref="BilanQuantitatif.PeopleAsync"/>).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadReports))]
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class PersonnesModel(BilanQuantitatif bilan) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "agence")]
    public string? AgencyText { get; set; }

    [BindProperty(SupportsGet = true, Name = "cle")]
    public string? Key { get; set; }

    public int Year { get; private set; }
    public string Description { get; private set; } = "";
    public string Scope { get; private set; } = "";
    public IReadOnlyList<BilanPerson> People { get; private set; } = [];
    public string BackLink { get; private set; } = "/Pilotage/Bilan";
    /// <summary>The figure counts exit events, not people (columns 10, 11, 13, 14, 15).</summary>
    public bool CountsExits => Key is "col10" or "col11" or "col14" or "col15" || Key?.StartsWith("col13.", StringComparison.Ordinal) == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!int.TryParse(YearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || Key is null
            || Describe(Key) is not { } description || await bilan.PlieAsync(null, ct) is not { } plie)
            return NotFound();
        var agency = BilanLinks.Agency(AgencyText);
        try
        {
            if (await bilan.PeopleAsync(plie, year, agency, Key, ct) is not { } people) return NotFound();
            People = people;
        }
        catch (ValidationException)
        {
            return NotFound();
        }
        (Year, Description) = (year, description);
        Scope = Key is "col14" or "col15" ? "toutes les sorties du PLIE"
            : agency is null ? "orientations France Travail, toutes agences" : agency.Length == 0 ? "orientations France Travail sans agence renseignée" : $"orientations de l'agence {agency}";
        BackLink = BilanLinks.Page(year, agency);
        return Page();
    }

    private static string? Describe(string key)
    {
        if (!BilanColumns.IsPeopleKey(key)) return null;
        if (key.StartsWith("col13.", StringComparison.Ordinal))
            return $"Colonne 13 / Sorties pour le motif « {Codes.Label(Codes.ExitReasons, key["col13.".Length..])} »";
        return BilanColumns.All.First(c => c.Key == key).Heading;
    }
}
