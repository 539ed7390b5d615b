using System.Text.Json;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The figures of <see cref="BilanDataset"/> for 2025 under the CASA protocol (000 Annexe 1; contract §6), added up by hand
/// from the comments of each person (refs in brackets). Rates: the fraction rounded to 4 decimals.
/// </summary>
public static class BilanExpected
{
    public static readonly BilanFigures Total = new(
        Col1: 15,        // A 9 + G 5 + N 1
        Col2: 4,         // A 3 + G 1
        Col3: 16,        // A 9 + G 6 + N 1
        Col4: 1.0667m,   // 16 / 15 (CASA: col. 1 only; people referred in 2024 are received in 2025)
        Col5: 12,        // A 6 + G 5 + N 1
        Col6: 0.75m,     // 12 / 16
        Col7: 9,         // A 5 + G 3 + N 1
        Col8: 0.75m,     // 9 / 12
        Col9: 0.5625m,   // 9 / 16
        Col9Bis: 0.6m,   // 9 / 15
        Col10: 12,       // A 7 + G 4 + N 1 exits (B21 exits twice)
        Col11: 6,        // A 3 + G 2 + N 1
        Col12: 0.5m,     // 6 / 12
        Col13: new Dictionary<string, int> { ["employment"] = 5, ["dropout"] = 2, ["moved"] = 1, ["end_of_pathway"] = 1, ["training"] = 2, ["business_creation"] = 1 },
        Col14: 15,       // the 12 above + B15, B16, B17 (Département, Mission locale, spontaneous)
        Col15: 7,        // the 6 above + B15
        Col16: 0.4667m); // 7 / 15

    public static readonly BilanFigures Antibes = new(
        Col1: 9,         // B01 B02 B04 B05 B18 B20 (re-referral of an A journey) B21 B29 B35 (twice, once counted)
        Col2: 3,         // B03 B04 B26
        Col3: 9,         // B01 B02 B03 B04 B18 B20 B21 B26 B35
        Col4: 1m,        // 9 / 9
        Col5: 6,         // B01 B02 B03 B18 B20 B21
        Col6: 0.6667m,   // 6 / 9
        Col7: 5,         // B01 B02 B06 B18 B21
        Col8: 0.8333m,   // 5 / 6
        Col9: 0.5556m,   // 5 / 9
        Col9Bis: 0.5556m,// 5 / 9
        Col10: 7,        // B01 B07 B08 B21 (2) B24 B34
        Col11: 3,        // B01 (CDI) B07 (CDD 10 months) B34 (950 hours in 8 months)
        Col12: 0.4286m,  // 3 / 7
        Col13: new Dictionary<string, int> { ["employment"] = 3, ["dropout"] = 2, ["moved"] = 1, ["end_of_pathway"] = 1 },
        Col14: 15, Col15: 7, Col16: 0.4667m); // columns 14-16: the whole PLIE

    public static readonly BilanFigures Grasse = new(
        Col1: 5,         // B09 B10 B11 B13 B33
        Col2: 1,         // B12 (B13's collective was the PLIE's)
        Col3: 6,         // B09 B10 B11 B13 B28 B33
        Col4: 1.2m,      // 6 / 5
        Col5: 5,         // B09 B10 B11 B28 B33
        Col6: 0.8333m,   // 5 / 6
        Col7: 3,         // B09 B10 B33
        Col8: 0.6m,      // 3 / 5
        Col9: 0.5m,      // 3 / 6
        Col9Bis: 0.6m,   // 3 / 5
        Col10: 4,        // B09 B10 B22 B25
        Col11: 2,        // B09 (qualification) B22 (atypical approved)
        Col12: 0.5m,     // 2 / 4
        Col13: new Dictionary<string, int> { ["training"] = 2, ["employment"] = 2 },
        Col14: 15, Col15: 7, Col16: 0.4667m);

    public static readonly BilanFigures NoAgency = new(
        Col1: 1, Col2: 0, Col3: 1, Col4: 1m, Col5: 1, Col6: 1m, Col7: 1, Col8: 1m, Col9: 1m, Col9Bis: 1m, // B14
        Col10: 1, Col11: 1, Col12: 1m,  // B23 (business consolidated 8 months)
        Col13: new Dictionary<string, int> { ["business_creation"] = 1 },
        Col14: 15, Col15: 7, Col16: 0.4667m);

    /// <summary>The people behind figures of the total (drill-down), by ref.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PeopleOfTotal = new Dictionary<string, string[]>
    {
        ["col2"] = ["B03", "B04", "B12", "B26"],
        ["col7"] = ["B01", "B02", "B06", "B09", "B10", "B14", "B18", "B21", "B33"],
        ["col11"] = ["B01", "B07", "B09", "B22", "B23", "B34"],
        ["col13.dropout"] = ["B08", "B21"],
        ["col15"] = ["B01", "B07", "B09", "B15", "B22", "B23", "B34"],
    };

    /// <summary>Asserts every column, with the column named on failure.</summary>
    public static void Equal(BilanFigures expected, BilanFigures actual, string scope)
    {
        foreach (var column in BilanColumns.All.Where(c => c.Kind != BilanColumnKind.ExitsByReason))
            Assert.True(Equals(expected.Value(column.Key), actual.Value(column.Key)),
                $"{scope} {column.Key}: expected {expected.Value(column.Key) ?? "null"}, got {actual.Value(column.Key) ?? "null"}");
        Assert.Equal(expected.Col13.OrderBy(k => k.Key), actual.Col13.OrderBy(k => k.Key));
    }

    /// <summary>The figures of a JSON table of contract §6 (the top level, or an item of <c>agencies</c>).</summary>
    public static BilanFigures FromJson(JsonElement t)
    {
        int N(string key) => t.GetProperty(key).GetInt32();
        decimal? R(string key) => t.GetProperty(key).ValueKind == JsonValueKind.Null ? null : t.GetProperty(key).GetDecimal();
        return new BilanFigures(N("col1"), N("col2"), N("col3"), R("col4"), N("col5"), R("col6"), N("col7"), R("col8"), R("col9"), R("col9bis"),
            N("col10"), N("col11"), R("col12"), t.GetProperty("col13").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            N("col14"), N("col15"), R("col16"));
    }
}
