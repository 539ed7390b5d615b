namespace Passerelle.Core.Reporting;

/// <summary>
/// Pathway durations in calendar months, integration to exit (or to the day figures are read on), in bands of 6 months
/// up to the 24 months of the maximum pathway (domain.md step 6; « parcours long » at 24 months, 003 art. 5).
/// </summary>
public static class DurationBands
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("lt6", "Moins de 6 mois"),
        ("6-12", "De 6 à 12 mois"),
        ("12-18", "De 12 à 18 mois"),
        ("18-24", "De 18 à 24 mois"),
        ("24+", "24 mois et plus"),
    ];

    public static string Of(DateOnly from, DateOnly to) => WholeMonths(from, to) switch
    {
        < 6 => "lt6",
        < 12 => "6-12",
        < 18 => "12-18",
        < 24 => "18-24",
        _ => "24+",
    };

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/> (1 January to 1 July: 6).</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return Math.Max(0, months);
    }

    /// <summary>Months as averages are reported (003: « durée moyenne de parcours de 15.6 mois »): days / 30.4375.</summary>
    public static decimal Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 30.4375m;

    public static decimal? Average(IReadOnlyCollection<decimal> months) =>
        months.Count == 0 ? null : Math.Round(months.Average(), 1, MidpointRounding.AwayFromZero);
}
