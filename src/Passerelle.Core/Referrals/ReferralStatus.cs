using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The status of one referral, read from the journey facts that follow it (nothing stored twice): oriented, first contact
/// (attended), diagnostic, integrated, refused with its coded reason (000 data annex), exited. A person already in a
/// pathway when referred shows as integrated. Facts after a later referral that follows a refusal or an exit belong to a
/// new journey and do not count.
/// </summary>
public sealed record ReferralStatus(ReferralStage Stage, DateOnly Since, string? RefusalReason = null)
{
    public string Label => Stage switch
    {
        ReferralStage.Referred => "Orienté·e",
        ReferralStage.FirstContact => "Premier contact",
        ReferralStage.Diagnostic => "Diagnostic",
        ReferralStage.Integrated => "Intégré·e",
        ReferralStage.Refused => "Refusé·e",
        _ => "Sorti·e",
    };

    /// <summary>The status with its date, and the coded reason of a refusal, in French.</summary>
    public string Description => Stage switch
    {
        ReferralStage.Referred => $"Orienté·e le {ReferralText.Date(Since)}, en attente du premier contact",
        ReferralStage.FirstContact => $"Premier contact le {ReferralText.Date(Since)}",
        ReferralStage.Diagnostic => $"En diagnostic depuis le {ReferralText.Date(Since)}",
        ReferralStage.Integrated => $"Intégré·e le {ReferralText.Date(Since)}",
        ReferralStage.Refused => $"Intégration refusée le {ReferralText.Date(Since)} : {Codes.Label(Codes.RefusalReasons, RefusalReason)}",
        _ => $"Sorti·e le {ReferralText.Date(Since)}",
    };

    /// <summary>What follows the <see cref="Label"/> in a list that shows the referral date apart.</summary>
    public string Detail => Stage switch
    {
        ReferralStage.Referred => "en attente du premier contact",
        ReferralStage.Diagnostic => $"depuis le {ReferralText.Date(Since)}",
        ReferralStage.Refused => $"le {ReferralText.Date(Since)} : {Codes.Label(Codes.RefusalReasons, RefusalReason)}",
        _ => $"le {ReferralText.Date(Since)}",
    };

    public static ReferralStatus Of(IEnumerable<JourneyEvent> journey, ReferralEvent referral)
    {
        var ordered = JourneyOrder.Sort(journey).ToList();
        var at = ordered.FindIndex(e => e.Id == referral.Id);
        var before = ordered.Take(Math.Max(at, 0)).ToList();
        var status = JourneyOrder.StateOf(before) == JourneyState.InPathway
            ? new ReferralStatus(ReferralStage.Integrated, before.OfType<IntegrationEvent>().Last().Date)
            : new ReferralStatus(ReferralStage.Referred, referral.Date);
        foreach (var e in ordered.Skip(at + 1))
        {
            if (e is ReferralEvent && status.Stage is ReferralStage.Refused or ReferralStage.Exited) break;
            status = (e, status.Stage) switch
            {
                (FirstContactEvent { Attended: true }, < ReferralStage.FirstContact) => new(ReferralStage.FirstContact, e.Date),
                (DiagnosticStartEvent, < ReferralStage.Diagnostic) => new(ReferralStage.Diagnostic, e.Date),
                (IntegrationEvent, < ReferralStage.Integrated) => new(ReferralStage.Integrated, e.Date),
                (RefusalEvent r, < ReferralStage.Integrated) => new(ReferralStage.Refused, e.Date, r.Reason),
                (ExitEvent, ReferralStage.Integrated) => new(ReferralStage.Exited, e.Date),
                _ => status,
            };
        }
        return status;
    }
}
