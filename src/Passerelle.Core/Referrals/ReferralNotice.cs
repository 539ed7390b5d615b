using Passerelle.Core.Protocols;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The data-protection notice printed at the bottom of the fiche de liaison (000 data convention art. 4.1: the person is
/// informed, when referred, of the purposes of the exchange, the retention of the data and how to exercise their
/// rights). Wording taken from the convention: purposes (art. 2), retention (art. 4.2, or the PLIE's own convention as
/// its protocol records it), rights and the one-month answer (art. 7), confidentiality and the EU (art. 5 and 7).
/// </summary>
public sealed record ReferralNotice(string Title, IReadOnlyList<string> Paragraphs, string Acknowledgement)
{
    public static ReferralNotice For(string plieName, string prescriberName, string prescriberKind, Retention? retention)
    {
        var franceTravail = prescriberKind == "france_travail";
        return new ReferralNotice(
            "Information de la personne sur ses données personnelles",
            [
                $"{prescriberName} transmet au {plieName} les données de cette fiche de liaison (identité, situation au regard de "
                    + "l'emploi et des minima sociaux, date et auteur de l'orientation), pour vous orienter vers son accompagnement "
                    + "renforcé vers l'emploi. Chaque organisme est seul responsable du traitement qu'il met en œuvre pour son propre compte.",
                franceTravail
                    ? "Cet échange a pour finalités, pour France Travail, d'améliorer l'accompagnement et d'accélérer le retour à l'emploi "
                        + "des demandeurs d'emploi les plus fragiles, de mieux les orienter vers le PLIE et d'avoir un retour précis des "
                        + "actions menées ; pour le PLIE, d'obtenir les éléments nécessaires et suffisants pour mettre en place "
                        + "l'accompagnement le plus adapté à votre situation."
                    : "Cet échange a pour finalités, pour le PLIE, d'obtenir les éléments nécessaires et suffisants pour mettre en place "
                        + "l'accompagnement le plus adapté à votre situation ; pour l'organisme prescripteur, de connaître la suite donnée "
                        + "à votre orientation.",
                Retention(retention),
                "Vous pouvez accéder aux données qui vous concernent, les faire rectifier et, dans certains cas, les faire effacer ou "
                    + "vous opposer à leur traitement (articles 15 à 23 du règlement général sur la protection des données), auprès de "
                    + "chacun des deux organismes et de son délégué à la protection des données. Il vous est répondu dans un délai d'un mois. "
                    + "Vous pouvez aussi adresser une réclamation à la CNIL.",
                "Vos données sont traitées dans l'Union européenne ; seuls les agents de chaque organisme qui ont à en connaître y accèdent.",
            ],
            $"La personne reconnaît avoir été informée des finalités de l'échange de ses données entre {prescriberName} et le {plieName}, "
                + "de la durée de conservation de ces données et des modalités d'exercice de ses droits.");
    }

    private static string Retention(Retention? r)
    {
        if (r is null) return "Vos données sont conservées pour la durée fixée par la convention qui lie l'organisme prescripteur et le PLIE.";
        var notIntegrated = r.NotIntegratedMonths == 0
            ? "Si vous n'intégrez pas le PLIE, vos données sont détruites."
            : $"Si vous n'intégrez pas le PLIE, vos données sont détruites au plus tard {r.NotIntegratedMonths} mois après la décision.";
        var integrated = (r.MaxYearsAfterConventionEnd, r.MaxMonthsAfterConventionEnd) switch
        {
            ({ } years, _) => "Si vous l'intégrez, elles sont détruites dès qu'elles ne sont plus nécessaires au contrôle du Fonds social "
                + $"européen, et au plus tard {years} ans après la fin de la convention.",
            (null, { } months) => $"Si vous l'intégrez, elles sont détruites {r.AfterEndMonths} mois après la fin de votre accompagnement, "
                + $"et au plus tard {months} mois après la fin de la convention.",
            _ => $"Si vous l'intégrez, elles sont détruites {r.AfterEndMonths} mois après la fin de votre accompagnement.",
        };
        return notIntegrated + " " + integrated;
    }
}
