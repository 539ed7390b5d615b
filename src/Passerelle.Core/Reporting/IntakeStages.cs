namespace Passerelle.Core.Reporting;

/// <summary>The stages of a referral counted by <see cref="IntakeFigures"/>, with their French labels.</summary>
public static class IntakeStages
{
    public static readonly IReadOnlyList<(string Code, string Label)> Outcomes =
    [
        ("waiting", "En attente de premier accueil"),
        ("received", "Reçue, diagnostic non ouvert"),
        ("diagnostic", "En diagnostic, sans décision"),
        ("integrated", "Intégrée"),
        ("refused", "Intégration refusée"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Delays =
    [
        ("first_contact", "Orientation → premier accueil"),
        ("diagnostic", "Premier accueil → ouverture du diagnostic"),
        ("decision", "Ouverture du diagnostic → décision de la commission"),
        ("total", "Orientation → décision de la commission"),
    ];

    public static string? Outcome(string code) => Outcomes.FirstOrDefault(s => s.Code == code).Label;

    public static string? Delay(string code) => Delays.FirstOrDefault(s => s.Code == code).Label;
}
