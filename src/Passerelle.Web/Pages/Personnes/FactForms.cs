using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Web.Forms;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// Typed fields → a contract §4.1 fact. Only the shape is judged here (a date or number that does not read); codes,
/// required fields and dates are judged by <see cref="JourneyRecorder"/> with the import's rules, and its errors come
/// back on the field they name (<see cref="AddErrors"/>).
/// </summary>
public static class FactForms
{
    public static JourneyEventDto ToDto(string type, FactInput input, ModelStateDictionary state, string prefix)
    {
        var p = new Reader(state, prefix);
        return type switch
        {
            "contact" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Mode = Code(input.Mode) },
            "business_creation" or "diagnostic_start" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date) },
            "first_contact" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Mode = Code(input.Mode), Attended = input.Attended },
            "step" => Period(type, input, p) with { Kind = Code(input.Kind) },
            "contract" => Period(type, input, p) with
            {
                Kind = Code(input.Kind),
                WeeklyHours = p.Number(nameof(input.WeeklyHours), input.WeeklyHours),
                HoursWorked = p.Number(nameof(input.HoursWorked), input.HoursWorked),
                InsertionCompany = input.InsertionCompany ? true : null,
            },
            "training" => Period(type, input, p) with
            {
                Qualifying = input.Qualifying,
                QualificationObtained = p.Date(nameof(input.QualificationObtained), input.QualificationObtained),
            },
            "suspension" => Period(type, input, p) with { Reason = Code(input.Reason) },
            "barrier" => new()
            {
                Type = type,
                Start = p.Date(nameof(input.Identified), input.Identified),
                End = p.Date(nameof(input.Lifted), input.Lifted),
                WorkedFrom = p.Date(nameof(input.WorkedFrom), input.WorkedFrom),
                Family = Code(input.Family),
            },
            "request" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Kind = Code(input.Kind) },
            "absence" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Kind = Code(input.Kind) },
            "breach" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Reason = Code(input.Reason) },
            "sector_wish" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Sector = Code(input.Sector) },
            "referent_change" => new() { Type = type, Date = p.Date(nameof(input.Date), input.Date), Referent = Code(input.Referent), Reason = Code(input.Reason) },
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Type de fait non saisi sur cette page."),
        };
    }

    /// <summary>
    /// The recorder's errors on the fields they name ("weeklyHours" → "Saisie.WeeklyHours"; "" → the whole form; a
    /// barrier's start and end are typed as « identifié le » and « levé le »).
    /// </summary>
    public static void AddErrors(ModelStateDictionary state, string prefix, IEnumerable<FactError> errors, string? type = null)
    {
        var typed = state.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToHashSet();
        foreach (var e in errors)
        {
            var field = (type, e.Field) switch
            {
                ("barrier", "start") => nameof(FactInput.Identified),
                ("barrier", "end") => nameof(FactInput.Lifted),
                _ => e.Field,
            };
            var key = field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            // A field that did not read is already reported: its "missing" from the rules would say it twice.
            if (key.Length == 0 || !state.HasError(key) || !typed.Contains(key)) state.AddModelError(key, Capitalise(e.Message));
        }
    }

    private static JourneyEventDto Period(string type, FactInput input, Reader p) =>
        new() { Type = type, Start = p.Date(nameof(input.Start), input.Start), End = p.Date(nameof(input.End), input.End) };

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capitalise(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    private sealed class Reader(ModelStateDictionary state, string prefix)
    {
        public DateOnly? Date(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (FrenchDates.TryParse(text, out var date)) return date;
            state.AddModelError($"{prefix}.{name}", $"Date impossible ou mal écrite « {text.Trim()} » (jj/mm/aaaa).");
            return null;
        }

        public decimal? Number(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
            state.AddModelError($"{prefix}.{name}", $"Nombre attendu, par exemple 17,5 : « {text.Trim()} » ne convient pas.");
            return null;
        }
    }
}
