namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A change refused on a fact's row of the person page: the fact, which of its forms (its input's id is
/// <c>{Form}-{Fact}</c>), and the French message, which names the field.
/// </summary>
public sealed record RowError(Guid Fact, string Form, string Message)
{
    public string FieldId => $"{Form}-{Fact}";
    public string ErrorId => FieldId + "-erreur";
}
