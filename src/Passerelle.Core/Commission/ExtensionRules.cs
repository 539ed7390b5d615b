using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>
/// How many months of extension the commission may still grant in a pathway: Martigues « une période supplémentaire de
/// 6 mois possible après validation de la commission » (002 art. 3-3: <see cref="PathwayRules.ExtensionMonths"/>, in one
/// or several decisions); CASA « la durée du parcours peut être augmentée de façon exceptionnelle » (000 art. 3-3: no
/// figure, <see cref="PathwayRules.ExceptionalExtension"/>) — the product bounds it to <see cref="ExceptionalMaxMonths"/>
/// months in all so that a pathway stays an individual pathway of fixed length; COV provides none (001 art. 2-3).
/// </summary>
public static class ExtensionRules
{
    public const int ExceptionalMaxMonths = 12;

    /// <summary>Months still grantable (0: all granted already), or null when the protocol provides no extension.</summary>
    public static int? Left(PathwayRules rules, int granted) =>
        rules.ExtensionMonths > 0 ? Math.Max(0, rules.ExtensionMonths - granted)
        : rules.ExceptionalExtension ? Math.Max(0, ExceptionalMaxMonths - granted)
        : null;

    /// <summary>Why an extension cannot be asked, or null when it can.</summary>
    public static string? Refusal(PathwayRules rules, int granted) => Left(rules, granted) switch
    {
        null => $"Le protocole du PLIE ne prévoit pas de prolongation : le parcours dure au plus {rules.MaxMonths} mois.",
        0 => $"La prolongation possible ({(rules.ExtensionMonths > 0 ? rules.ExtensionMonths : ExceptionalMaxMonths)} mois) a déjà été accordée dans ce parcours.",
        _ => null,
    };
}
