using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.InfoSessions;

namespace Passerelle.Web.Pages.Informations;

/// <summary>
/// The session form's fields as typed. Only the shape is judged here (a date, time or number that does not read);
/// what a session must carry is judged by <see cref="InfoSessionService"/>, whose errors come back on their field.
/// </summary>
public sealed class SessionForm
{
    public const string Prefix = "Seance";
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH'h'mm", "H'h'mm", "HH'h'", "H'h'", "HH:mm:ss"];

    [Display(Name = "Date")] public string? Date { get; set; }
    [Display(Name = "Heure de début")] public string? Heure { get; set; }
    [Display(Name = "Lieu")] public string? Lieu { get; set; }
    [Display(Name = "Organisateur")] public string? Organisateur { get; set; }
    [Display(Name = "Capacité")] public string? Capacite { get; set; }

    public static SessionForm From(InfoSession s) => new()
    {
        Date = s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Heure = s.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        Lieu = s.Place,
        Organisateur = s.Organiser,
        Capacite = s.Capacity.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The typed values; a field that does not read is null, with its problem in <paramref name="unread"/>.</summary>
    public SessionInput ToInput(List<FieldError> unread)
    {
        DateOnly? date = null;
        if (FrenchDates.TryParse(Date, out var d)) date = d;
        else if (!string.IsNullOrWhiteSpace(Date)) unread.Add(new("date", $"Date impossible ou mal écrite « {Date.Trim()} » (jj/mm/aaaa)."));
        TimeOnly? time = null;
        if (TimeOnly.TryParseExact(Heure?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) time = t;
        else if (!string.IsNullOrWhiteSpace(Heure)) unread.Add(new("heure", $"Heure mal écrite « {Heure.Trim()} » (hh:mm, par exemple 09:30)."));
        int? capacity = null;
        if (int.TryParse(Capacite?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c)) capacity = c;
        else if (!string.IsNullOrWhiteSpace(Capacite)) unread.Add(new("capacite", $"Nombre de places mal écrit « {Capacite.Trim()} » (un nombre entier)."));
        return new SessionInput(date, time, Lieu, string.IsNullOrWhiteSpace(Organisateur) ? null : Organisateur, capacity);
    }

    /// <summary>
    /// The problems on their fields, in the order of the form (the error summary follows it). A field that did not read
    /// is reported once: the service's "missing" for it would say it twice.
    /// </summary>
    public static void AddErrors(ModelStateDictionary state, IReadOnlyList<FieldError> unread, IReadOnlyList<FieldError> errors)
    {
        var all = unread.Concat(errors.Where(e => !unread.Any(u => u.Field == e.Field)));
        foreach (var e in all.OrderBy(e => Array.IndexOf(Fields, e.Field)))
            state.AddModelError(Key(e.Field), Capitalise(e.Message));
    }

    private static readonly string[] Fields = ["", "date", "heure", "lieu", "organisateur", "capacite"];

    /// <summary>"date" (the service's field) → "Seance.Date" (the form's).</summary>
    public static string Key(string field) => field switch
    {
        "date" => $"{Prefix}.{nameof(Date)}",
        "heure" => $"{Prefix}.{nameof(Heure)}",
        "lieu" => $"{Prefix}.{nameof(Lieu)}",
        "organisateur" => $"{Prefix}.{nameof(Organisateur)}",
        "capacite" => $"{Prefix}.{nameof(Capacite)}",
        _ => "",
    };

    public static string Capitalise(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
