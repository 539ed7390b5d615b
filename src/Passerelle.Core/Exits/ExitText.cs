using System.Globalization;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exits;

/// <summary>French wording of the facts in an explanation (dates as 01/02/2025, hours as 17,5).</summary>
internal static class ExitText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", French);

    public static string Verdict(bool passed) => passed ? "rempli" : "non rempli";

    public static string Compare(bool passed) => passed ? "≥" : "<";

    public static string Contract(JourneyEventDto c) =>
        $"{Codes.Label(Codes.ContractKinds, c.Kind)}{(c.InsertionCompany == true ? " en entreprise d'insertion" : "")} {Period(c)}";

    public static string Training(JourneyEventDto t) =>
        $"Formation{(t.Qualifying == true ? " qualifiante" : " non qualifiante")} {Period(t)}";

    public static string Period(JourneyEventDto p) =>
        p.End is { } end ? $"du {Date(p.Start!.Value)} au {Date(end)}" : $"depuis le {Date(p.Start!.Value)} (sans date de fin)";

    public static string Proofs(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => Lower(Codes.Label(Codes.Proofs, c))));

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
