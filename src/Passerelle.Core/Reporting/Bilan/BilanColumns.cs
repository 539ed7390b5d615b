using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The columns of the Bilan quantitatif, in the annex's order, with the annex's French titles (seed 000, Annexe 1,
/// « Commentaires explicatifs du tableau du bilan quantitatif »). The annex says « PE » (Pôle emploi): the product says
/// France Travail everywhere (domain.md), so « orientations PE » reads « orientations France Travail ».
/// </summary>
/// <remarks>
/// Where the annex and contract §6 differ, the contract is followed (it is the interface partners rely on):
/// <list type="bullet">
/// <item>Col. 3: the annex says that for a PLIE whose referrals all go through a France Travail information collective
/// it is « le même chiffre que col. 2 »; here it is always the people with an attended first contact (§6).</item>
/// <item>Col. 10 to 13: the annex notes « Pour le PLIE CASA : chiffres donnés en cumul quel que soit le prescripteur »;
/// here they always concern the people whose journey was opened by a France Travail referral (§6); the figures « quel
/// que soit le prescripteur » are columns 14 to 16.</item>
/// <item>Col. 4 and 9 bis: « + colonne 2 en fonction des organisations » is the protocol's
/// <c>bilan.infoSessionsInDenominator</c> (Protocols/Presets, with its source).</item>
/// </list>
/// </remarks>
public static class BilanColumns
{
    public static readonly BilanColumn Col1 = new("col1", "1", "Nombre d'orientations France Travail par an sur le flux", BilanColumnKind.People);
    public static readonly BilanColumn Col2 = new("col2", "2", "Nombre de présents aux informations collectives France Travail", BilanColumnKind.People);
    public static readonly BilanColumn Col3 = new("col3", "3",
        "Nombre de demandeurs d'emploi accueillis lors du premier entretien collectif ou individuel avec un accompagnateur PLIE par an", BilanColumnKind.People);
    public static readonly BilanColumn Col4 = new("col4", "4", "Taux de présence après orientation France Travail", BilanColumnKind.Rate, "col3", "col1");
    public static readonly BilanColumn Col5 = new("col5", "5", "Nombre d'entrées en phase diagnostic", BilanColumnKind.People);
    public static readonly BilanColumn Col6 = new("col6", "6",
        "Taux de réception en phase diagnostic / orientation (par rapport aux personnes accueillies par le PLIE)", BilanColumnKind.Rate, "col5", "col3");
    public static readonly BilanColumn Col7 = new("col7", "7", "Nombre de personnes intégrées en accompagnement PLIE", BilanColumnKind.People);
    public static readonly BilanColumn Col8 = new("col8", "8",
        "Taux d'intégration en accompagnement / nombre de personnes ayant bénéficié d'une phase diagnostic", BilanColumnKind.Rate, "col7", "col5");
    public static readonly BilanColumn Col9 = new("col9", "9",
        "Taux d'intégration en accompagnement / nombre de personnes accueillies par le PLIE", BilanColumnKind.Rate, "col7", "col3");
    public static readonly BilanColumn Col9Bis = new("col9bis", "9 bis",
        "Taux d'intégration en accompagnement / nombre de demandeurs d'emploi orientés par France Travail", BilanColumnKind.Rate, "col7", "col1");
    public static readonly BilanColumn Col10 = new("col10", "10",
        "Nombre de sorties totales du PLIE par an émanant d'orientations France Travail (quelle que soit la date d'orientation)", BilanColumnKind.Exits);
    public static readonly BilanColumn Col11 = new("col11", "11",
        "Nombre de sorties positives du PLIE par an émanant d'orientations France Travail (quelle que soit la date d'orientation)", BilanColumnKind.Exits);
    public static readonly BilanColumn Col12 = new("col12", "12",
        "Taux de sorties positives par an du PLIE émanant d'orientations France Travail", BilanColumnKind.Rate, "col11", "col10");
    public static readonly BilanColumn Col13 = new("col13", "13", "Nombre de sorties par an par motif", BilanColumnKind.ExitsByReason);
    public static readonly BilanColumn Col14 = new("col14", "14", "Nombre de sorties totales du PLIE par an", BilanColumnKind.Exits);
    public static readonly BilanColumn Col15 = new("col15", "15", "Nombre de sorties positives du PLIE par an", BilanColumnKind.Exits);
    public static readonly BilanColumn Col16 = new("col16", "16", "Taux de sorties positives du PLIE par an", BilanColumnKind.Rate, "col15", "col14");

    /// <summary>Every column in the annex's order (9 bis after 9).</summary>
    public static readonly IReadOnlyList<BilanColumn> All =
        [Col1, Col2, Col3, Col4, Col5, Col6, Col7, Col8, Col9, Col9Bis, Col10, Col11, Col12, Col13, Col14, Col15, Col16];

    /// <summary>The exit reasons of column 13, in the order of contract §4.1 (the files give each its own column).</summary>
    public static IReadOnlyList<string> ExitReasons => [.. Codes.ExitReasons.Keys];

    /// <summary>The figure key of column 13 for one exit reason.</summary>
    public static string ReasonKey(string reason) => $"col13.{reason}";

    /// <summary>The French heading of column 13 for one exit reason.</summary>
    public static string ReasonHeading(string reason) => $"{Col13.Heading} : {Codes.Label(Codes.ExitReasons, reason)}";

    /// <summary>Whether <paramref name="key"/> names a figure that has people behind it (a count, or one reason of column 13).</summary>
    public static bool IsPeopleKey(string? key) =>
        key is not null && (All.Any(c => c.Key == key && c.Kind is BilanColumnKind.People or BilanColumnKind.Exits)
            || key.StartsWith("col13.", StringComparison.Ordinal) && Codes.ExitReasons.ContainsKey(key["col13.".Length..]));
}
