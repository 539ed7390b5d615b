using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>
/// The personal-data notice of the contract of engagement. 000 data convention art. 4.2: « Le PLIE s'engage à informer le
/// demandeur d'emploi de la transmission de ses données à Pôle emploi au moment de son entrée dans le parcours … à la
/// signature de son contrat d'engagement via des mentions (finalités de l'échange de données, durée de conservation,
/// exercice des droits) ». Purposes: art. 2; data sent to France Travail: annex C; retention: art. 4.2 and 7 as the PLIE's
/// protocol records them (<see cref="Retention"/>, domain.md « Personal data »); rights and the one-month answer: art. 7;
/// the EU and traceability: art. 6 and 7.
/// </summary>
public sealed record DataNotice(string Title, IReadOnlyList<string> Paragraphs, string Acknowledgement)
{
    public static DataNotice For(string plieName, Retention retention) => new(
        "Information sur vos données personnelles",
        [
            $"Le {plieName} traite vos données personnelles pour mettre en œuvre et suivre votre parcours, et en rendre compte à ses "
                + "financeurs, dont le Fonds social européen. Il échange avec France Travail les données nécessaires à votre accompagnement ; "
                + "chacun des deux organismes est seul responsable du traitement qu'il met en œuvre pour son propre compte.",
            "Cet échange a pour finalités, pour France Travail, d'améliorer l'accompagnement et d'accélérer le retour à l'emploi des "
                + "demandeurs d'emploi les plus fragiles, de mieux les orienter vers le PLIE et d'avoir un retour précis des actions menées ; "
                + "pour le PLIE, d'obtenir les éléments nécessaires et suffisants pour mettre en place l'accompagnement le plus adapté à votre situation.",
            "Le PLIE transmet à France Travail, sous forme codée : la date de votre intégration et de fin de la délégation de votre suivi "
                + "(code PNI), les étapes de votre parcours, vos absences aux rendez-vous, la date et le motif de votre sortie. Aucune "
                + "information économique ou financière ne lui est transmise.",
            RetentionText(retention),
            "Vous pouvez accéder aux données qui vous concernent, les faire rectifier et, dans certains cas, les faire effacer ou vous "
                + "opposer à leur traitement (articles 15 à 23 du règlement général sur la protection des données), auprès du PLIE et de son "
                + "délégué à la protection des données, comme auprès de France Travail pour les données qu'il traite. Il vous est répondu dans "
                + "un délai d'un mois. Vous pouvez aussi adresser une réclamation à la CNIL.",
            "Vos données sont traitées dans l'Union européenne ; seuls les agents du PLIE qui ont à en connaître y accèdent, et chaque "
                + "consultation ou modification est tracée.",
        ],
        "Vous reconnaissez avoir été informé·e des finalités de l'échange de vos données entre le PLIE et France Travail, de leur durée "
            + "de conservation et des modalités d'exercice de vos droits.");

    /// <summary>The retention of the PLIE's convention in words (CASA 000 art. 4.2 and 8; COV 001 art. 11; Martigues 002 art. 8).</summary>
    public static string RetentionText(Retention r)
    {
        var end = r.ConventionEnd is { } e ? $" (le {CommissionText.Date(e)})" : "";
        if (r.MaxYearsAfterConventionEnd is { } years)
        {
            var text = "Le PLIE conserve votre dossier tant qu'il est nécessaire à l'exécution de la convention avec France Travail et au "
                + $"contrôle du Fonds social européen, et le détruit au plus tard {years} ans après la fin de cette convention{end}.";
            return r.MaxMonthsAfterIntegration is { } months
                ? text + $" Les données échangées avec France Travail sont détruites {r.AfterEndMonths} mois après la fin de votre "
                    + $"accompagnement, et au plus tard {months} mois après votre entrée dans le parcours."
                : text;
        }
        var limits = new List<string>();
        if (r.MaxMonthsAfterIntegration is { } m) limits.Add($"{m} mois après votre entrée dans le parcours");
        if (r.MaxMonthsAfterConventionEnd is { } c) limits.Add($"{c} mois après la fin de la convention avec France Travail{end}");
        return $"Vos données sont détruites {r.AfterEndMonths} mois après la fin de votre accompagnement"
            + (limits.Count > 0 ? ", et au plus tard " + string.Join(" et ", limits) : "") + ".";
    }
}
