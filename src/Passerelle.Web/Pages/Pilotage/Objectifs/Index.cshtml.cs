using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;
using Passerelle.Core.Reporting;
using Passerelle.Web.Charts;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Objectifs;

/// <summary>
/// Progress against the protocol's objectives (issue 6 item 5), with the projection to the end of the protocol or of
/// the year at the pace so far; each objective's figures in a table with its chart. Coordinators and directors.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPathwayStatistics))]
public class IndexModel(ProtocolObjectives objectives, ActorContext actor, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<(Protocol Protocol, IReadOnlyList<ObjectiveProgress> Objectives)> Protocols { get; private set; } = [];
    public bool CanListPeople { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (actor.Role == Role.Referent) return Forbid();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanListPeople = Permissions.Has(User, Permission.ReadPersons);
        Protocols = await objectives.ProgressAsync(Today, ct);
        return Page();
    }

    public static string Value(ObjectiveProgress o, decimal? value) => value switch
    {
        null => "—",
        { } v when o.IsShare => v.ToString("0.# %", FrenchDates.Culture),
        { } v => v.ToString(v == Math.Round(v) ? "#,0" : "#,0.0", FrenchDates.Culture),
    };

    public static string Target(Objective o) => o.Unit == "share"
        ? o.Target.ToString("0.# %", FrenchDates.Culture)
        : o.TargetMax is { } max ? $"{o.Target.ToString("#,0", FrenchDates.Culture)} à {max.ToString("#,0", FrenchDates.Culture)}" : o.Target.ToString("#,0", FrenchDates.Culture);

    /// <summary>Where a period stands: reached, on track (the projection reaches the target), or behind; for a rate, reached or not yet.</summary>
    public static (string Code, string Label) Status(ObjectiveProgress o, ObjectivePeriod p)
    {
        if (p.Realised is not { } realised) return ("none", "Sans objet");
        if (realised >= o.Objective.Target) return ("reached", "Atteint");
        if (o.IsShare) return p.Running ? ("behind", "En dessous à ce jour") : ("missed", "Non atteint");
        if (!p.Running) return ("missed", "Non atteint");
        return p.Projected >= o.Objective.Target ? ("on_track", "En bonne voie") : ("behind", "En retard sur le rythme");
    }

    /// <summary>A figure, linked to the people behind it (the list of /Pilotage/Parcours for the same period) when there is one.</summary>
    public IHtmlContent Link(ObjectiveProgress o, ObjectivePeriod p) =>
        FigureLinks.Html(p.Realised is { } v && v > 0 ? FigureLinks.Href(CanListPeople, p.Key, 1, p.Period) : null, 0, Value(o, p.Realised));

    /// <summary>Realised, projected and target side by side for each period of an objective.</summary>
    public static StackedBarChart Chart(Protocol protocol, ObjectiveProgress o)
    {
        var scale = o.IsShare ? 100m : 1m;
        double V(decimal? v) => (double)((v ?? 0) * scale);
        return new StackedBarChart($"graphe-{protocol.Preset}-{o.Objective.Id}", o.Objective.Label,
            ["Réalisé", "Projection (reste)", "Objectif"],
            [
                .. o.Periods.Select(p => new ChartStack(p.Label, [V(p.Realised), V(p.Projected is { } x && p.Realised is { } r ? Math.Max(0, x - r) : null), 0])),
                new ChartStack("Objectif", [0, 0, V(o.Objective.Target)]),
            ])
        { Unit = o.IsShare ? "%" : null };
    }
}
