using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Informations;

/// <summary>How sessions and convocations read in French.</summary>
public static class SessionText
{
    /// <summary>« jeudi 26 juin 2025 à 09h30 ».</summary>
    public static string When(DateOnly date, TimeOnly time) =>
        $"{date.ToString("dddd d MMMM yyyy", FrenchDates.Culture)} à {time.ToString("HH'h'mm", FrenchDates.Culture)}";

    public static string Organiser(string code) => Codes.Label(Codes.InfoSessionOrganisers, code);

    public static string Attendance(string? code) => code is null ? "À saisir" : Codes.Label(InfoSessionCodes.Attendance, code);

    /// <summary>« DUPONT Awa », or the person's reference when the identity was erased.</summary>
    public static string Name(string? lastName, string? firstName, string personRef) =>
        lastName is null ? $"Personne {personRef}" : $"{lastName.ToUpperInvariant()} {firstName}";

    public static string People(int count) => count == 1 ? "1 personne" : $"{count} personnes";

    /// <summary>« 1 présent·e, 2 absent·es, 0 excusé·e sur 3 ».</summary>
    public static string Marks(int present, int absent, int excused, int convoked) =>
        $"{Count(present, "présent·e")}, {Count(absent, "absent·e")}, {Count(excused, "excusé·e")} sur {convoked}";

    /// <summary>« 1 présent·e », « 2 présent·es ».</summary>
    public static string Count(int n, string word) => $"{n} {word}{(n > 1 ? "s" : "")}";

    /// <summary>« 24 convoquées sur 30 places (6 libres) ».</summary>
    public static string Fill(int convoked, int capacity) =>
        $"{convoked} convoquée{(convoked > 1 ? "s" : "")} sur {capacity} place{(capacity > 1 ? "s" : "")}"
        + (convoked >= capacity ? " (complet)" : $" ({capacity - convoked} libre{(capacity - convoked > 1 ? "s" : "")})");
}
