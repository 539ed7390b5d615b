namespace Passerelle.Core.Exchange;

/// <summary>
/// Events out of order in a journey (contract §4.2). The events are taken in date order (start for periods; on the
/// same day, in the natural order referral → info session → first contact → diagnostic → refusal → integration →
/// the pathway → exit, so a file need not sort same-day events). The rules:
/// <list type="bullet">
/// <item>a first contact, a diagnostic, a refusal or an integration needs a referral on or before its date;</item>
/// <item>an integration needs no integration already running (a second one needs an exit in between);</item>
/// <item>an exit needs an integration on or before its date;</item>
/// <item>nothing may start after an exit, except a new referral: a person may come back after an exit
///   (domain.md: administrative exits do not bar a new pathway), which opens a new journey.</item>
/// </list>
/// <item>a referent change needs an integration running (the referent is the pathway's).</item>
/// Info sessions, contacts, steps, contracts, trainings, creations, suspensions, barriers, requests to France
/// Travail, absences at a convocation and facts that may breach obligations are not tied to a phase (barriers are identified at the diagnostic, before the integration):
/// legacy files record steps and contracts of the diagnostic phase too.
/// </summary>
internal static class JourneyOrderRules
{
    public static void Check(IReadOnlyList<JourneyEventDto> events, string eventsPath, List<JourneyImportError> errors)
    {
        var ordered = events.Select((e, i) => (Event: e, Index: i, Date: e.Date ?? e.Start!.Value))
            .OrderBy(x => x.Date).ThenBy(x => Rank(x.Event.Type)).ThenBy(x => x.Index);
        bool referred = false, integrated = false;
        DateOnly? exited = null;
        foreach (var (e, index, date) in ordered)
        {
            var at = JsonPaths.Index(eventsPath, index);
            if (e.Type == "referral")
            {
                if (exited is not null) (integrated, exited) = (false, null);
                referred = true;
                continue;
            }
            if (exited is { } exit && date > exit)
            {
                errors.Add(new(at, $"événement « {e.Type} » daté après la sortie du {exit:yyyy-MM-dd} (seule une nouvelle orientation peut suivre une sortie)."));
                continue;
            }
            switch (e.Type)
            {
                case "first_contact" or "diagnostic_start" or "refusal" when !referred:
                    errors.Add(new(at, $"« {e.Type} » sans orientation (referral) préalable."));
                    break;
                case "integration" when !referred:
                    errors.Add(new(at, "intégration sans orientation (referral) préalable."));
                    break;
                case "integration" when integrated:
                    errors.Add(new(at, "deuxième intégration sans sortie entre les deux."));
                    break;
                case "integration":
                    integrated = true;
                    break;
                case "referent_change" when !integrated:
                    errors.Add(new(at, "changement de référent hors parcours (sans intégration en cours)."));
                    break;
                case "extension" when !integrated:
                    errors.Add(new(at, "prolongation hors parcours (sans intégration en cours)."));
                    break;
                case "exit" when !integrated:
                    errors.Add(new(at, "sortie sans intégration préalable."));
                    break;
                case "exit":
                    exited = date;
                    break;
            }
        }
    }

    /// <summary>The natural order of same-day facts (shared by every reader that sorts a journey).</summary>
    internal static int Rank(string type) => type switch
    {
        "referral" => 0,
        "info_session" => 1,
        "first_contact" => 2,
        "diagnostic_start" => 3,
        "refusal" => 4,
        "integration" => 5,
        "exit" => 7,
        _ => 6,
    };
}
