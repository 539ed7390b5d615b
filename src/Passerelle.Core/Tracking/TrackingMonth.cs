using System.Globalization;

namespace Passerelle.Core.Tracking;

/// <summary>The month a tracking table covers, written <c>YYYY-MM</c> (contract §3 <c>--month</c>).</summary>
public readonly record struct TrackingMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);
    public DateOnly Last => First.AddMonths(1).AddDays(-1);
    public TrackingMonth Next => Of(First.AddMonths(1));

    /// <summary>The table of this month is due before <paramref name="dueBeforeDay"/> of the next one (« avant le 7 du mois suivant », 000 art. 3-4 b).</summary>
    public DateOnly DueBefore(int dueBeforeDay) => First.AddMonths(1).AddDays(dueBeforeDay - 1);

    public static TrackingMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static bool TryParse(string? text, out TrackingMonth month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return false;
        month = Of(first);
        return true;
    }

    public override string ToString() => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>« mars 2026 ».</summary>
    public string Label => First.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
}
