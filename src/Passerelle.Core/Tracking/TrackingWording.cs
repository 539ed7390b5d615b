using System.Globalization;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Tracking;

/// <summary>
/// The codes of the journey in the France Travail correspondent's wording: the lists of the 000 data convention,
/// annexe C (« Motifs de refus d'intégration », « Etapes de parcours », « Nature et motifs de sortie »). Codes the annex
/// does not list keep the PLIE's label, except the administrative exits (health, pregnancy, incarceration, death), sent
/// as « Sortie administrative » (000 art. 3-4 b) so that no health-related reason crosses.
/// </summary>
public static class TrackingWording
{
    public static readonly IReadOnlyDictionary<string, string> RefusalReasons = new Dictionary<string, string>
    {
        ["absent"] = "Absence RDV",
        ["training"] = "Formation",
        ["employment"] = "Emploi CDI ou CDD",
        ["cui_pec"] = "CUI PEC",
        ["business_creation"] = "Création d'entreprise",
        ["other_programme"] = "Intégration autre dispositif",
        ["moved"] = "Déménagement",
        ["not_plie_public"] = "Ne relève pas du PLIE",
        ["not_eligible"] = "Non éligible",
    };

    public static readonly IReadOnlyDictionary<string, string> ExitReasons = new Dictionary<string, string>
    {
        ["training"] = "Formation",
        ["employment"] = "Emploi CDI ou CDD",
        ["cui_pec"] = "CUI PEC",
        ["business_creation"] = "Création d'entreprise",
        ["other_partner"] = "Réorientation vers un autre partenaire",
        ["other_programme"] = "Réorientation vers un autre dispositif",
        ["retirement"] = "Retraite",
        ["moved"] = "Déménagement",
        ["end_of_pathway"] = "Fin de parcours",
        ["dropout"] = "Rupture/abandon",
        ["health"] = "Sortie administrative",
        ["pregnancy"] = "Sortie administrative",
        ["incarceration"] = "Sortie administrative",
        ["death"] = "Sortie administrative",
    };

    public static readonly IReadOnlyDictionary<string, string> StepKinds = new Dictionary<string, string>
    {
        ["training"] = "Formation",
        ["workshop"] = "Atelier",
        ["immersion"] = "PMSMP",
        ["employment"] = "Emploi",
    };

    public static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Step(PeriodEvent p)
    {
        var label = p switch
        {
            StepEvent s => StepKinds.TryGetValue(s.Kind, out var ft) ? ft : Codes.Label(Codes.StepKinds, s.Kind),
            ContractEvent c => "Emploi " + Codes.Label(Codes.ContractKinds, c.Kind),
            TrainingEvent t => t.Qualifying ? "Formation qualifiante" : "Formation",
            _ => Codes.Label(Codes.EventTypes, p.Type),
        };
        return p.End is { } end ? $"{label} du {Date(p.Date)} au {Date(end)}" : $"{label} depuis le {Date(p.Date)}";
    }

    public static string Request(RequestEvent r) => $"{Codes.Label(Codes.RequestKinds, r.Kind)} ({Date(r.Date)})";

    public static string Answer(RequestEvent r) =>
        $"{Codes.Label(Codes.RequestKinds, r.Kind)} : {Codes.Label(Codes.RequestOutcomes, r.Outcome)} ({Date(r.OutcomeDate)})";

    public static string Breach(BreachEvent b) => $"{Codes.Label(Codes.BreachReasons, b.Reason)} ({Date(b.Date)})";

    public static string List(IEnumerable<string> items) => string.Join(" ; ", items);
}
