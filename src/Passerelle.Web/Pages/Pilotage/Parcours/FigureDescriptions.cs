using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Reporting;

namespace Passerelle.Web.Pages.Pilotage.Parcours;

/// <summary>What a figure key of <see cref="FigureKeys"/> counts, in French, as the heading of the list of people behind it.</summary>
public static class FigureDescriptions
{
    /// <summary>The description, or null for a key no figure has.</summary>
    public static string? Of(string key, DateOnly asOf)
    {
        var parts = key.Split('.');
        string? Label(IReadOnlyDictionary<string, string> codes, string code) => codes.TryGetValue(code, out var l) ? l : null;
        string? Band(string code) => DurationBands.All.FirstOrDefault(b => b.Code == code).Label?.ToLowerInvariant();
        var day = FrenchDates.Format(asOf);
        return (parts.Length, parts[0]) switch
        {
            _ when key == FigureKeys.Active => "En parcours à un moment de la période",
            _ when key == FigureKeys.Integrations => "Intégrées dans la période",
            _ when key == FigureKeys.Running => $"En parcours au {day}",
            _ when key == FigureKeys.Exits => "Sorties dans la période",
            _ when key == FigureKeys.PositiveExits => "Sorties positives dans la période",
            _ when key == FigureKeys.Referrals => "Orientées vers le PLIE dans la période",
            _ when key == FigureKeys.Women => "Femmes intégrées dans la période",
            _ when key == FigureKeys.LowEducation => "Intégrées dans la période, de niveau 3 (CAP, BEP) ou infra",
            _ when key == FigureKeys.RsaAtEntry => "Intégrées dans la période, allocataires du RSA à l'entrée",
            _ when key == FigureKeys.Contracts => "Contrat de travail signé dans la période (hors IAE)",
            _ when key == FigureKeys.IaeContracts => "Contrat signé dans la période dans une structure de l'IAE",
            _ when key == FigureKeys.CdiExits => "Sorties à l'emploi de la période qui ont suivi un CDI",
            (3, "activity") when parts[1] == "age" && PathwayStatistics.AgeBands.FirstOrDefault(b => b.Code == parts[2]).Label is { } age => $"Intégrées dans la période, {age.ToLowerInvariant()} à l'intégration",
            (3, "activity") when parts[1] == "sector" && Label(Codes.Sectors, parts[2].ToUpperInvariant()) is { } sector => $"Accompagnées dans la période, secteur souhaité : {sector}",
            (3, "exit") when parts[1] == "kind" && PathwayStatistics.PositiveKinds.FirstOrDefault(k => k.Code == parts[2]).Label is { } kind => $"Sorties positives de la période : {kind.ToLowerInvariant()}",
            (3, "intake") => (parts[1], parts[2]) switch
            {
                ("prescriber", var kind) when Label(Codes.PrescriberKinds, kind) is { } k => $"Orientées dans la période par le prescripteur « {k} »",
                ("agency", var agency) => $"Orientées dans la période par l'agence France Travail {agency.ToUpperInvariant()}",
                ("outcome", var stage) when IntakeStages.Outcome(stage) is { } o => $"Orientées dans la période, au {day} : {o.ToLowerInvariant()}",
                ("delay", var stage) when IntakeStages.Delay(stage) is { } d => $"Orientées dans la période, délai mesuré : {d}",
                ("convoked", "info_session") => "Convoquées à une information collective dans la période",
                ("convoked", "first_contact") => "Convoquées à un premier accueil dans la période",
                ("absent", "info_session") => "Absentes à une information collective dans la période",
                ("absent", "first_contact") => "Absentes à un premier accueil dans la période",
                _ => null,
            },
            (3, "duration") when Band(parts[2]) is { } band => parts[1] switch
            {
                "exited" => $"Sorties dans la période après un parcours de {band}",
                "running" => $"En parcours au {day} depuis {band}",
                _ => null,
            },
            (2, "step") when Label(Codes.StepKinds, parts[1]) is { } kind => $"Étape « {kind} » commencée dans la période",
            (3, "barrier") when Label(Codes.BarrierFamilies, parts[1]) is { } family => parts[2] switch
            {
                "all" => $"Frein « {family} » ouvert dans la période",
                "lifted" => $"Frein « {family} » levé dans la période",
                "worked" => $"Frein « {family} » en cours de travail au {day}",
                "waiting" => $"Frein « {family} » à travailler au {day}",
                _ => null,
            },
            (3, "exit") when parts[1] == "reason" && Label(Codes.ExitReasons, parts[2]) is { } reason => $"Sorties dans la période pour le motif « {reason} »",
            (3, "exit") when parts[1] == "category" && Label(ExitLabels.Categories, parts[2]) is { } category => $"Sorties dans la période de type « {category} »",
            (2, "proofs") when parts[1] == "complete" => "Sorties positives de la période avec tous leurs justificatifs",
            (2, "proofs") when parts[1] == "missing" => "Sorties positives de la période dont des justificatifs manquent",
            (3, "proofs") when parts[1] == "missing" && Label(Codes.Proofs, parts[2]) is { } proof => $"Sorties positives de la période sans « {proof} »",
            (3, "request") when Label(Codes.RequestKinds, parts[1]) is { } kind => parts[2] switch
            {
                "realised" => $"Demande « {kind} » faite dans la période et réalisée",
                "refused" => $"Demande « {kind} » faite dans la période et refusée",
                "waiting" => $"Demande « {kind} » faite dans la période, en attente au {day}",
                _ => null,
            },
            _ => null,
        };
    }
}
