using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Commission;

/// <summary>The commission services' errors on the form fields they name (« reason » → « Decision.Reason »; "" → the whole form).</summary>
public static class CommissionForms
{
    public static void AddErrors(ModelStateDictionary state, string prefix, IEnumerable<FactError> errors)
    {
        foreach (var e in errors)
        {
            var key = e.Field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}";
            state.AddModelError(key, e.Message.Length == 0 ? e.Message : char.ToUpperInvariant(e.Message[0]) + e.Message[1..]);
        }
    }

    /// <summary>A typed date (jj/mm/aaaa or a date field's aaaa-mm-jj); an error on <paramref name="key"/> when it does not read.</summary>
    public static DateOnly? Date(ModelStateDictionary state, string key, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) state.AddModelError(key, "Indiquez la date (jj/mm/aaaa).");
            return null;
        }
        if (FrenchDates.TryParse(text, out var date)) return date;
        state.AddModelError(key, $"Date impossible ou mal écrite « {text.Trim()} » (jj/mm/aaaa).");
        return null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
