namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// The interchange format leaves suspension reasons open (a code); these are the cases the conventions name
/// (domain.md §6: training, temporary employment, a service, a temporary unavailability) plus health.
/// </summary>
public static class SuspensionReasons
{
    /// <summary>The reasons offered on the page, in order.</summary>
    public static readonly IReadOnlyDictionary<string, string> Choices = new Dictionary<string, string>
    {
        ["training"] = "Formation",
        ["employment"] = "Emploi temporaire",
        ["service"] = "Prestation",
        ["unavailability"] = "Indisponibilité temporaire",
        ["health"] = "Santé",
    };

    public static string Label(string code) => code == "temp" ? "Emploi temporaire" : Choices.GetValueOrDefault(code, code);
}
