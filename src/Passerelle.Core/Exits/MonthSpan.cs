namespace Passerelle.Core.Exits;

/// <summary>
/// Durations in calendar months, both ends included: a fact from 1 January to 30 June lasts 6 months, to 29 June
/// 5 months and 29 days. "At least n months" (003 art. 5: « de 6 mois », « depuis 6 mois », « 6 mois minimum »)
/// is end + 1 day ≥ start + n months; "more than n months" (« plus de 6 mois », « au-delà de 6 mois ») is
/// end ≥ start + n months, i.e. n months and one day. Month ends clamp as <see cref="DateOnly.AddMonths"/> does
/// (31 August + 6 months = 28 February).
/// </summary>
internal static class MonthSpan
{
    public static bool LastsAtLeast(DateOnly start, DateOnly end, int months) => end.AddDays(1) >= start.AddMonths(months);

    public static bool LastsMoreThan(DateOnly start, DateOnly end, int months) => end >= start.AddMonths(months);

    /// <summary>"6 mois", "5 mois et 29 jours", "12 jours".</summary>
    public static string Describe(DateOnly start, DateOnly end)
    {
        var after = end.AddDays(1);
        var months = 0;
        while (start.AddMonths(months + 1) <= after) months++;
        var days = after.DayNumber - start.AddMonths(months).DayNumber;
        return (months, days) switch
        {
            (0, var d) => $"{d} jour{(d > 1 ? "s" : "")}",
            (var m, 0) => $"{m} mois",
            (var m, var d) => $"{m} mois et {d} jour{(d > 1 ? "s" : "")}",
        };
    }
}
