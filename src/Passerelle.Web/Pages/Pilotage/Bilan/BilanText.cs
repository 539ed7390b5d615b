using System.Globalization;

namespace Passerelle.Web.Pages.Pilotage.Bilan;

/// <summary>Figures of the Bilan as the page writes them: counts « 1 234 », rates « 66,67 % », « — » without denominator.</summary>
public static class BilanText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Of(object? value) => value switch
    {
        null => "—",
        int n => n.ToString("#,0", French),
        decimal d => (d * 100).ToString("0.##", French) + "\u00a0%",
        _ => value.ToString() ?? "",
    };
}
