using System.Globalization;

namespace Passerelle.Web;

/// <summary>Dates as French users read and type them (jj/mm/aaaa), and instants in Paris time.</summary>
public static class FrenchDates
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    /// <summary>Accepts what people type (14/07/1985) and what a date field sends (1985-07-14).</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    /// <summary>A UTC timestamp shown in Paris time (the PLIE's time, whatever the server's).</summary>
    public static string FormatLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    public static DateTime ParisToUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);
}
