using System.Globalization;
using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>Turns journey facts into French lines, with the labels of <see cref="Codes"/>.</summary>
public static class FactDescriber
{
    /// <param name="names">The name shown for a referent's e-mail (default: the e-mail).</param>
    public static FactView Describe(JourneyEvent e, Func<string, string>? names = null) =>
        new(e.Id, e.Date, e.Type, Codes.Label(Codes.EventTypes, e.Type), e is PeriodEvent p ? Period(p) : null, Details(e, names ?? (n => n)).ToList());

    public static string Period(PeriodEvent p) => p switch
    {
        BarrierEvent { End: { } lifted } => $"identifié le {FrenchDates.Format(p.Date)}, levé le {FrenchDates.Format(lifted)}",
        BarrierEvent => $"identifié le {FrenchDates.Format(p.Date)}",
        { End: { } end } => $"du {FrenchDates.Format(p.Date)} au {FrenchDates.Format(end)}",
        _ => $"depuis le {FrenchDates.Format(p.Date)} (en cours)",
    };

    /// <summary>What follows the status of a request: « depuis 12 jours » while waiting, « le 03/11/2025, après 20 jours » once answered.</summary>
    public static string RequestWait(RequestEvent r, DateOnly today) => r.OutcomeDate is { } on
        ? $"le {FrenchDates.Format(on)}, après {Days(on.DayNumber - r.Date.DayNumber)}"
        : $"depuis {Days(Math.Max(0, today.DayNumber - r.Date.DayNumber))}";

    public static string Days(int n) => n <= 1 ? $"{n} jour" : $"{n} jours";

    private static IEnumerable<(string, string)> Details(JourneyEvent e, Func<string, string> names)
    {
        switch (e)
        {
            case ReferralEvent r:
                yield return ("Prescripteur", Codes.Label(Codes.PrescriberKinds, r.PrescriberKind) + (r.PrescriberOrg is { Length: > 0 } org ? $" ({org})" : ""));
                yield return ("Canal", Codes.Label(Codes.ReferralChannels, r.Channel));
                break;
            case InfoSessionEvent i:
                yield return ("Animation", Codes.Label(Codes.InfoSessionOrganisers, i.Organiser));
                yield return ("Présence", Attendance(i.Attended));
                break;
            case FirstContactEvent f:
                yield return ("Modalité", Codes.Label(Codes.FirstContactModes, f.Mode));
                yield return ("Présence", Attendance(f.Attended));
                break;
            case RefusalEvent r:
                yield return ("Motif", Codes.Label(Codes.RefusalReasons, r.Reason));
                if (r.Reorientation is { Length: > 0 } to) yield return ("Réorientation", to);
                break;
            case IntegrationEvent i when i.Referent is { Length: > 0 } referent:
                yield return ("Référent·e", names(referent));
                break;
            case ExtensionEvent x:
                yield return ("Durée", x.Months > 1 ? $"{x.Months} mois de plus" : "1 mois de plus");
                yield return ("Décision", "commission");
                break;
            case ReferentChangeEvent c:
                yield return ("Référent·e", names(c.Referent));
                yield return ("Motif", Codes.Label(Codes.ReferentChangeReasons, c.Reason));
                break;
            case BarrierEvent b:
                yield return ("Famille", Codes.Label(Codes.BarrierFamilies, b.Family));
                if (b.WorkedFrom is { } worked) yield return ("Travaillé depuis", FrenchDates.Format(worked));
                break;
            case RequestEvent r:
                yield return ("Demande", Codes.Label(Codes.RequestKinds, r.Kind));
                yield return ("Réponse", r.Outcome is { } o && r.OutcomeDate is { } on ? $"{Codes.Label(Codes.RequestOutcomes, o)} le {FrenchDates.Format(on)}" : "en attente");
                break;
            case AbsenceEvent a:
                yield return ("Convocation", Codes.Label(Codes.AbsenceKinds, a.Kind));
                break;
            case BreachEvent b:
                yield return ("Fait", Codes.Label(Codes.BreachReasons, b.Reason));
                break;
            case SectorWishEvent w:
                yield return ("Secteur", Codes.Label(Codes.Sectors, w.Sector));
                break;
            case ContactEvent c:
                yield return ("Modalité", Codes.Label(Codes.ContactModes, c.Mode));
                break;
            case StepEvent s:
                yield return ("Étape", Codes.Label(Codes.StepKinds, s.Kind));
                break;
            case ContractEvent c:
                foreach (var d in ContractDetails(c)) yield return d;
                break;
            case TrainingEvent t:
                yield return ("Formation", t.Qualifying ? "Qualifiante" : "Non qualifiante");
                if (t.QualificationObtained is { } q) yield return ("Qualification obtenue le", FrenchDates.Format(q));
                break;
            case SuspensionEvent s:
                yield return ("Motif", SuspensionReasons.Label(s.Reason));
                break;
            case ExitEvent x:
                yield return ("Motif", Codes.Label(Codes.ExitReasons, x.Reason));
                yield return ("Justificatifs", x.Proofs.Count == 0 ? "aucun" : string.Join(", ", x.Proofs.Select(p => Codes.Label(Codes.Proofs, p))));
                if (x.AtypicalApproved is { } ok) yield return ("Sortie atypique", ok ? "validée par la commission" : "refusée par la commission");
                break;
        }
    }

    private static IEnumerable<(string, string)> ContractDetails(ContractEvent c)
    {
        yield return ("Contrat", Codes.Label(Codes.ContractKinds, c.Kind));
        if (c.WeeklyHours > 0) yield return ("Durée hebdomadaire", Hours(c.WeeklyHours) + " h");
        if (c.HoursWorked is { } worked) yield return ("Heures travaillées", Hours(worked) + " h");
        if (c.InsertionCompany == true) yield return ("Employeur", "Structure d'insertion");
    }

    private static string Attendance(bool attended) => attended ? "Présent·e" : "Absent·e";

    private static string Hours(decimal h) => h.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
}
