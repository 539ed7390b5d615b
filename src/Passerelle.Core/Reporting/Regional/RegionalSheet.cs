using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// The regional pilot indicators as tables for the CSV and XLSX files: coded scope cells (group code, PLIE code, or
/// « Sous-total » / « TOTAL »), then the PLIE-side columns under the titles of 000 Annexe 1 (<see cref="BilanColumns"/>,
/// column 13 one column per exit reason) and the France Travail-side indicators under the titles of 000 art. 7. Cells are
/// strings, ints, decimals (rates as fractions) or null (a rate whose denominator is 0).
/// </summary>
public static class RegionalSheet
{
    public const string SubtotalLabel = "Sous-total", TotalLabel = "TOTAL";

    /// <summary>The France Travail-side titles, as 000 art. 7 « Sources Pôle emploi » words them (DE: demandeurs d'emploi).</summary>
    public static readonly IReadOnlyList<string> FranceTravailHeadings =
    [
        "Nombre de DE convoqués aux informations collectives pour une orientation vers le PLIE",
        "Nombre de DE présents aux informations collectives",
        "Taux de présence aux informations collectives",
        "Nombre de services délivrés",
    ];

    private static readonly IReadOnlyList<string> Scope = ["Année", "Regroupement", "Groupe", "PLIE"];

    public static IReadOnlyList<string> PlieHeadings { get; } = [.. Scope, .. BilanSheet.Headings.Skip(3)];

    public static IReadOnlyList<string> FranceTravailSheetHeadings { get; } = [.. Scope, .. FranceTravailHeadings];

    public static IEnumerable<IReadOnlyList<object?>> PlieRows(RegionalReport report) =>
        Lines(report).Select(x => (IReadOnlyList<object?>)[.. ScopeCells(report, x.Group, x.Line), .. BilanSheet.Cells(x.Line.PlieSide)]);

    public static IEnumerable<IReadOnlyList<object?>> FranceTravailRows(RegionalReport report) =>
        Lines(report).Select(x => (IReadOnlyList<object?>)[.. ScopeCells(report, x.Group, x.Line), .. FranceTravailCells(x.Line.FranceTravail)]);

    public static IReadOnlyList<object?> FranceTravailCells(FranceTravailFigures f) => [f.Convoked, f.Present, f.AttendanceRate, f.ServicesDelivered];

    private static IEnumerable<(string Group, RegionalLine Line)> Lines(RegionalReport report) =>
    [
        .. report.Groups.SelectMany(g => g.Plies.Select(l => (g.Code, l)).Append((g.Code, g.Subtotal))),
        ("", report.Total),
    ];

    private static object?[] ScopeCells(RegionalReport report, string group, RegionalLine line) =>
        [report.Year, report.Grouping, ReferenceEquals(line, report.Total) ? "" : group,
            line.Plie ?? (ReferenceEquals(line, report.Total) ? TotalLabel : SubtotalLabel)];
}
