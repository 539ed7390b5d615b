using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Passerelle.Web.Forms;

/// <summary>
/// What accessible forms need from the model state: the id of a field's error message (for aria-describedby)
/// and the error summary at the top of the page, which names each field and links to it (RGAA 11.10, 11.11).
/// </summary>
public static class FormErrors
{
    /// <summary>Id of the error message of a field, as the field partials render it ("Input_Email-erreur").</summary>
    public static string ErrorId(string key) => FieldId(key) + "-erreur";

    /// <summary>The id ASP.NET Core gives the input bound to <paramref name="key"/> ("Input.Email" → "Input_Email").</summary>
    public static string FieldId(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public static bool HasError(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>aria-describedby of a field: its hint when it has one, then its error when there is one; null (no attribute) otherwise.</summary>
    public static string? DescribedBy(this ModelStateDictionary state, string key, string? hintId = null)
    {
        var ids = new[] { hintId, state.HasError(key) ? ErrorId(key) : null }.Where(i => i is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    public static string? FirstError(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// One line per error, in the order of the form: "Label : message" linking to the field, or the message
    /// alone for errors of the whole form (key ""). Labels come from [Display(Name)] on the bound properties.
    /// </summary>
    public static IReadOnlyList<ErrorLine> Summary(ModelStateDictionary state, object pageModel)
    {
        var lines = new List<ErrorLine>();
        foreach (var (key, entry) in state)
        {
            foreach (var error in entry.Errors)
            {
                lines.Add(key.Length == 0
                    ? new ErrorLine(null, error.ErrorMessage)
                    : new ErrorLine("#" + FieldId(key), $"{LabelOf(pageModel.GetType(), key)} : {error.ErrorMessage}"));
            }
        }
        return lines;
    }

    private static string LabelOf(Type type, string key)
    {
        PropertyInfo? property = null;
        foreach (var part in key.Split('.'))
        {
            property = type.GetProperty(part);
            if (property is null) return key;
            type = property.PropertyType;
        }
        return property?.GetCustomAttribute<DisplayAttribute>()?.Name ?? property?.Name ?? key;
    }
}
