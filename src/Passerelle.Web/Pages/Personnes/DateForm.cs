namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A one-date form on a fact's row (<c>_DateForm</c>): the handler it posts to, its input's id (<c>{Form}-{Fact}</c>,
/// as <see cref="RowError"/> names it), the visible label, the button and what the button does for screen readers.
/// </summary>
public sealed record DateForm(Guid Person, Guid Fact, string Handler, string Form, string Label, string Button, string ButtonContext,
    string DefaultDate, string? View, string? Error)
{
    public string FieldId => $"{Form}-{Fact}";
}
