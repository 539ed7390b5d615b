using System.Text.Json;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif as JSON (contract §6): the scope (<c>plie</c>, <c>year</c>, <c>agency</c>: null for the total),
/// the protocol's option, the keys <c>col1</c> … <c>col16</c> and <c>col9bis</c> of the table asked for at the top level
/// (<c>col13</c> an object <c>{ reason: count }</c> of the reasons with exits), then <c>agencies</c>: each agency's table
/// with the same keys (<c>agency</c> null when the referrals named none).
/// </summary>
public static class BilanJson
{
    public static async Task WriteAsync(BilanReport report, Stream output, CancellationToken ct = default)
    {
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", "passerelle-bilan-quantitatif");
        w.WriteString("plie", report.Plie);
        w.WriteNumber("year", report.Year);
        WriteAgency(w, report.Agency);
        w.WriteBoolean("infoSessionsInDenominator", report.InfoSessionsInDenominator);
        WriteFigures(w, report.Main.Figures);
        w.WriteStartArray("agencies");
        foreach (var table in report.Agencies)
        {
            w.WriteStartObject();
            WriteAgency(w, table.Agency);
            w.WriteString("name", table.Name);
            WriteFigures(w, table.Figures);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void WriteAgency(Utf8JsonWriter w, string? agency)
    {
        if (agency is { Length: > 0 }) w.WriteString("agency", agency);
        else w.WriteNull("agency");
    }

    private static void WriteFigures(Utf8JsonWriter w, BilanFigures f)
    {
        foreach (var column in BilanColumns.All)
        {
            switch (f.Value(column.Key))
            {
                case int n: w.WriteNumber(column.Key, n); break;
                case decimal d: w.WriteNumber(column.Key, d); break;
                case IReadOnlyDictionary<string, int> reasons:
                    w.WriteStartObject(column.Key);
                    foreach (var (reason, count) in reasons) w.WriteNumber(reason, count);
                    w.WriteEndObject();
                    break;
                default: w.WriteNull(column.Key); break;
            }
        }
    }
}
