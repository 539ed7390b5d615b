using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.Reporting;

namespace Passerelle.Web.Pages.Pilotage;

/// <summary>
/// The period of a steering page, from its GET parameters <c>du</c> and <c>au</c> (jj/mm/aaaa, or the yyyy-mm-dd of
/// links): the current civil year when both are empty. Errors name the field and leave the period unset.
/// </summary>
public static class PeriodFilter
{
    public static ReportPeriod? Read(string? from, string? to, int currentYear, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to)) return ReportPeriod.Year(currentYear);
        var start = Date(from, "du", "Du", new DateOnly(currentYear, 1, 1), state);
        var end = Date(to, "au", "Au", new DateOnly(currentYear, 12, 31), state);
        if (start is null || end is null) return null;
        if (end < start)
        {
            state.AddModelError("au", "Au : la fin de la période précède son début.");
            return null;
        }
        return new ReportPeriod(start.Value, end.Value);
    }

    /// <summary>The value of a date parameter in links: ISO, which <see cref="FrenchDates.TryParse"/> reads back.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text, string key, string label, DateOnly fallback, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (FrenchDates.TryParse(text, out var date) && date.Year is >= 1990 and <= 2100) return date;
        state.AddModelError(key, $"{label} : saisissez une date valide au format jj/mm/aaaa.");
        return null;
    }

    /// <summary>
    /// The year of a yearly bilan from its GET parameter <c>annee</c>: <paramref name="fallback"/> when empty; an error
    /// naming the field (and null) when it is no year the bilans cover.
    /// </summary>
    public static int? Year(string? text, int fallback, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= Core.Reporting.Bilan.BilanQuantitatif.MinYear and <= Core.Reporting.Bilan.BilanQuantitatif.MaxYear)
            return year;
        state.AddModelError("annee", $"Année : saisissez une année entre {Core.Reporting.Bilan.BilanQuantitatif.MinYear} et {Core.Reporting.Bilan.BilanQuantitatif.MaxYear} (AAAA).");
        return null;
    }
}
