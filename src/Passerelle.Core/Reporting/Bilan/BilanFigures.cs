namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// One line of the Bilan quantitatif (contract §6): columns 1 to 13 for the people whose journey was opened by a France
/// Travail referral (of one agency, or all), columns 14 to 16 for the whole PLIE. Rates are fractions rounded to 4
/// decimals, null when their denominator is 0. <see cref="Col13"/> holds the reasons with at least one exit.
/// </summary>
public sealed record BilanFigures(
    int Col1, int Col2, int Col3, decimal? Col4, int Col5, decimal? Col6, int Col7, decimal? Col8, decimal? Col9, decimal? Col9Bis,
    int Col10, int Col11, decimal? Col12, IReadOnlyDictionary<string, int> Col13, int Col14, int Col15, decimal? Col16)
{
    /// <summary>The value of a column by its key (<see cref="BilanColumns"/>): an int, a decimal, null, or the reasons of column 13.</summary>
    public object? Value(string key) => key switch
    {
        "col1" => Col1,
        "col2" => Col2,
        "col3" => Col3,
        "col4" => Col4,
        "col5" => Col5,
        "col6" => Col6,
        "col7" => Col7,
        "col8" => Col8,
        "col9" => Col9,
        "col9bis" => Col9Bis,
        "col10" => Col10,
        "col11" => Col11,
        "col12" => Col12,
        "col13" => Col13,
        "col14" => Col14,
        "col15" => Col15,
        "col16" => Col16,
        _ when key.StartsWith("col13.", StringComparison.Ordinal) => Col13.GetValueOrDefault(key["col13.".Length..]),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "No such column."),
    };

    /// <summary>A fraction rounded to 4 decimals (half away from zero), null when <paramref name="denominator"/> is 0 (contract §6).</summary>
    public static decimal? Rate(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4, MidpointRounding.AwayFromZero);
}
