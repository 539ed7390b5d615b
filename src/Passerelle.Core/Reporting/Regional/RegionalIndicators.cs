using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// The regional pilot indicators (seed 000 art. 7 « Indicateurs de pilotage régionaux », 002 art. 7) for several PLIE at
/// once: the PLIE-side list is the Bilan quantitatif of each PLIE (<see cref="BilanQuantitatif.RegionalFiguresAsync"/>, the
/// same calculator, not a second one), the France Travail-side list is read from the information-collective and request
/// facts (<see cref="FranceTravailFigures"/>); per PLIE, per group with subtotals, and in total. Aggregates only: no person
/// is read or listed (no drill-down across PLIE); the scope is <see cref="RegionalScope"/>'s. One
/// <c>report.regional.view</c> audit line per computation names the PLIE read.
/// </summary>
public sealed class RegionalIndicators(PasserelleDbContext db, RegionalScope scope, BilanQuantitatif bilan, AuditLog audit)
{
    public const string ViewAction = "report.regional.view";
    private const string FranceTravail = "france_travail", Joint = "joint", Realised = "realised";

    /// <summary>
    /// The report, or null when the actor may not read several PLIE's aggregates. Throws <see cref="ValidationException"/>
    /// on <c>year</c> or <c>grouping</c>. <paramref name="format"/> (html, csv, xlsx) goes to the audit line.
    /// </summary>
    public async Task<RegionalReport?> ComputeAsync(int year, string grouping, string format, CancellationToken ct = default)
    {
        if (year is < BilanQuantitatif.MinYear or > BilanQuantitatif.MaxYear)
            throw new ValidationException("year", $"année impossible « {year} » (attendue entre {BilanQuantitatif.MinYear} et {BilanQuantitatif.MaxYear}).");
        if (!RegionalGroupings.Labels.ContainsKey(grouping))
            throw new ValidationException("grouping", $"regroupement inconnu « {grouping} » ; valeurs possibles : {string.Join(", ", RegionalGroupings.Labels.Keys)}.");
        if (await scope.PliesAsync(ct) is not { } plies) return null;
        var ft = await FranceTravailAsync([.. plies.Select(p => p.Id)], ReportPeriod.Year(year), ct);
        var groups = new List<RegionalGroupLines>();
        foreach (var group in RegionalGroupings.Group(plies, grouping))
        {
            var lines = new List<RegionalLine>();
            foreach (var plie in group.Plies)
            {
                var (figures, infoSessions) = await bilan.RegionalFiguresAsync(plie.Id, year, ct);
                lines.Add(new RegionalLine(plie.Code, plie.Name, figures, infoSessions ? figures.Col1 + figures.Col2 : figures.Col1,
                    ft.GetValueOrDefault(plie.Id) ?? FranceTravailFigures.Of(0, 0, 0)));
            }
            groups.Add(new RegionalGroupLines(group.Code, group.Name, lines, RegionalLine.Sum($"Sous-total – {group.Name}", lines)));
        }
        var total = RegionalLine.Sum("Total", [.. groups.SelectMany(g => g.Plies)]);
        await audit.RecordReadAsync(ViewAction, "report", null, null,
            new { year, grouping, format, plies = plies.Select(p => p.Code).Order(StringComparer.Ordinal).ToList() }, ct);
        return new RegionalReport(year, grouping, groups, total);
    }

    /// <summary>Two queries across the PLIE in scope: the distinct (PLIE, person, present) triples of the year's information collectives (ids only, counted here), and the realised requests counted per PLIE.</summary>
    private async Task<Dictionary<Guid, FranceTravailFigures>> FranceTravailAsync(List<Guid> plies, ReportPeriod period, CancellationToken ct)
    {
        var events = db.JourneyEvents.IgnoreQueryFilters().AsNoTracking();
        var sessions = await events.OfType<InfoSessionEvent>()
            .Where(e => plies.Contains(e.PlieId) && e.Date >= period.From && e.Date <= period.To && (e.Organiser == FranceTravail || e.Organiser == Joint))
            .Select(e => new { e.PlieId, e.PersonId, e.Attended }).Distinct()
            .ToListAsync(ct);
        var attendance = sessions.GroupBy(s => (s.PlieId, s.PersonId)).Select(g => (g.Key.PlieId, Present: g.Any(s => s.Attended)))
            .GroupBy(p => p.PlieId).ToDictionary(g => g.Key, g => (Convoked: g.Count(), Present: g.Count(p => p.Present)));
        var services = await events.OfType<RequestEvent>()
            .Where(e => plies.Contains(e.PlieId) && e.Outcome == Realised && e.OutcomeDate >= period.From && e.OutcomeDate <= period.To)
            .GroupBy(e => e.PlieId).Select(g => new { Plie = g.Key, Count = g.Count() }).ToListAsync(ct);
        return plies.ToDictionary(id => id, id =>
        {
            var (convoked, present) = attendance.GetValueOrDefault(id);
            return FranceTravailFigures.Of(convoked, present, services.FirstOrDefault(x => x.Plie == id)?.Count ?? 0);
        });
    }
}
