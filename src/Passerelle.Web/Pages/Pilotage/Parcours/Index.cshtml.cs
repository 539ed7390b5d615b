using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Parcours;

/// <summary>
/// Steering figures on pathways (issue 4 item 6): durations, steps, barriers, exits by reason and type, proofs,
/// requests to France Travail, for the PLIE or one referent, over a period (the current year by default). Each table
/// has its chart beside it, drawn server-side. Filters are GET parameters with codes and ids only; a referent sees
/// their own figures. Each count links to the people behind it for those who read people.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPathwayStatistics))]
public class IndexModel(PathwayStatistics statistics, ActorContext actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "referent")]
    public Guid? Referent { get; set; }

    /// <summary>True for a referent: their own figures, with no referent to choose.</summary>
    public bool Own { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ReferentOption> Referents { get; private set; } = [];
    public PathwayFigures? Figures { get; private set; }
    /// <summary>The intake figures (referrals, delays, absences), for the whole PLIE only: the intake precedes any referent.</summary>
    public IntakeFigures? Intake { get; private set; }
    public bool CanListPeople { get; private set; }
    /// <summary>The referent chosen by a coordinator; null for the whole PLIE (and for a referent's own figures).</summary>
    public ReferentOption? Chosen => Referents.FirstOrDefault(r => r.UserId == Referent);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Own = actor.Role == Role.Referent;
        CanListPeople = Permissions.Has(User, Permission.ReadPersons);
        if (!Own) Referents = await statistics.ReferentsAsync(ct);
        if (PeriodFilter.Read(From, To, Today.Year, ModelState) is not { } period) return Page();
        Figures = await statistics.ComputeAsync(period, Own ? null : Referent, Today, ct);
        if (Figures is not null && !Own && Referent is null) Intake = await statistics.IntakeAsync(period, Today, ct);
        // A referent id of no user of the PLIE answers as a missing page, whether it is foreign or does not exist.
        return Figures is null ? NotFound() : Page();
    }

    /// <summary>The name of a referent's e-mail as the facts name them (the account's display name when there is one).</summary>
    public string ReferentName(string? email) => email is null
        ? "Sans référent"
        : Referents.FirstOrDefault(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase))?.Name ?? email;

    /// <summary>The referent's name, with their e-mail when another referent bears the same name (charts have no room for two lines).</summary>
    public string ReferentLabel(string? email)
    {
        var name = ReferentName(email);
        return email is not null && name != email && Referents.Count(r => r.Name == name) > 1 ? $"{name} ({email})" : name;
    }

    /// <summary>The list of people behind a figure, for the same period and referent; null when there is nobody or the user may not read people.</summary>
    public string? PeopleLink(string key, int count) =>
        Figures is { } f ? FigureLinks.Href(CanListPeople, key, count, f.Period, Own ? null : Referent) : null;

    /// <summary>A count, linked to the people behind it when the user may see them.</summary>
    public IHtmlContent CountLink(string key, int count) => FigureLinks.Html(PeopleLink(key, count), count);

    /// <summary>This page for a civil year, keeping the referent chosen.</summary>
    public string YearLink(int year)
    {
        var query = new List<KeyValuePair<string, string?>> { new("du", $"{year}-01-01"), new("au", $"{year}-12-31") };
        if (!Own && Referent is { } r) query.Add(new("referent", r.ToString()));
        return "/Pilotage/Parcours" + QueryString.Create(query);
    }
}
