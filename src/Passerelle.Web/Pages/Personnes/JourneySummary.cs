using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>The few dates a referent looks for first, read from the facts (nothing stored twice).</summary>
public sealed record JourneySummary(DateOnly? Referral, DateOnly? Integration, DateOnly? Exit, string? ExitReason, string Status)
{
    public static JourneySummary From(IReadOnlyList<JourneyEvent> ordered, DateOnly today)
    {
        var referral = ordered.OfType<ReferralEvent>().FirstOrDefault()?.Date;
        var integration = ordered.OfType<IntegrationEvent>().LastOrDefault();
        var exit = ordered.OfType<ExitEvent>().LastOrDefault();
        // An exit followed by a new referral or integration is a new journey: it is no longer the current state.
        if (exit is not null && integration is not null && integration.Date > exit.Date) exit = null;
        var refusal = ordered.OfType<RefusalEvent>().LastOrDefault();
        var suspension = ordered.OfType<SuspensionEvent>().LastOrDefault(s => s.Date <= today && (s.End is null || s.End >= today));
        var status = (exit, integration, refusal, suspension) switch
        {
            ({ } x, _, _, _) => $"Sorti·e le {FrenchDates.Format(x.Date)} ({Codes.Label(Codes.ExitReasons, x.Reason)})",
            (null, not null, _, { } s) => $"En parcours, suspendu depuis le {FrenchDates.Format(s.Date)}",
            (null, { } i, _, null) => $"En parcours depuis le {FrenchDates.Format(i.Date)}",
            (null, null, { } r, _) => $"Intégration refusée le {FrenchDates.Format(r.Date)} ({Codes.Label(Codes.RefusalReasons, r.Reason)})",
            _ when ordered.OfType<DiagnosticStartEvent>().Any() => "En diagnostic (pré-entrée)",
            _ when ordered.Count > 0 => "Orienté·e, en attente d'intégration",
            _ => "Aucun fait enregistré",
        };
        return new JourneySummary(referral, integration?.Date, exit?.Date, exit is null ? null : Codes.Label(Codes.ExitReasons, exit.Reason), status);
    }
}
