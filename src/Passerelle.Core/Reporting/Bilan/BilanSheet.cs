namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif as the annex's table, shared by the CSV and XLSX files: one line per table (the total, or the
/// agency asked, then each agency), coded scope cells (PLIE code, year, agency code or « total »), then every column under
/// its French heading, column 13 split into one column per exit reason (contract §4.1 order). Cells are strings, ints,
/// decimals (rates, fractions) or null (a rate whose denominator is 0).
/// </summary>
public static class BilanSheet
{
    public static IReadOnlyList<string> Headings { get; } =
    [
        "PLIE", "Année", "Agence France Travail",
        .. BilanColumns.All.SelectMany(c => c.Kind == BilanColumnKind.ExitsByReason
            ? BilanColumns.ExitReasons.Select(BilanColumns.ReasonHeading)
            : [c.Heading]),
    ];

    public static IEnumerable<IReadOnlyList<object?>> Rows(BilanReport report) => report.Tables.Select(t => Row(report, t));

    private static IReadOnlyList<object?> Row(BilanReport report, BilanTable table) => [report.Plie, report.Year, table.Code, .. Cells(table.Figures)];

    /// <summary>The figure cells of a line, under <see cref="Headings"/> after the 3 scope cells (also the regional indicators').</summary>
    public static IEnumerable<object?> Cells(BilanFigures figures) =>
        BilanColumns.All.SelectMany(c => c.Kind == BilanColumnKind.ExitsByReason
            ? BilanColumns.ExitReasons.Select(r => (object?)figures.Col13.GetValueOrDefault(r))
            : [figures.Value(c.Key)]);
}
