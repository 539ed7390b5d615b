using Passerelle.Core.Exchange;

namespace Passerelle.Core.Demo;

/// <summary>
/// One planned journey, in the shape of the seeds: referral, perhaps an information session, first contact (absent
/// sometimes), diagnostic, a refusal with a coded reason or an integration, then monthly-ish contacts, steps,
/// contracts, trainings, suspensions, and an exit with its reason and proofs. Dates may run past today:
/// <see cref="DemoJourneys"/> keeps only what is known on the day.
/// </summary>
internal static class DemoPathway
{
    private static readonly string[] PositiveReasons = ["employment", "training", "cui_pec", "business_creation"];

    public static List<JourneyEventDto> Draw(DemoDraw r, DateOnly referral)
    {
        var events = new List<JourneyEventDto>();
        var (kind, org, channel) = Prescriber(r);
        events.Add(new() { Type = "referral", Date = referral, PrescriberKind = kind, PrescriberOrg = org, Channel = channel });
        var day = referral;
        if (channel == "info_session")
        {
            day = day.AddDays(r.Between(5, 20));
            var attended = r.Chance(0.8);
            events.Add(new() { Type = "info_session", Date = day, Organiser = r.Weighted(("joint", 5), ("france_travail", 3), ("plie", 2)), Attended = attended });
            if (!attended) return Refused(r, events, day, "absent");
        }
        day = day.AddDays(r.Between(7, 25));
        var mode = r.Chance(0.4) ? "collective" : "individual";
        if (!r.Chance(0.85))
        {
            events.Add(new() { Type = "first_contact", Date = day, Mode = mode, Attended = false });
            if (r.Chance(0.5)) return Refused(r, events, day.AddDays(r.Between(15, 30)), "absent");
            day = day.AddDays(r.Between(10, 20));
        }
        events.Add(new() { Type = "first_contact", Date = day, Mode = mode, Attended = true });
        day = day.AddDays(mode == "individual" ? 0 : r.Between(3, 14));
        events.Add(new() { Type = "diagnostic_start", Date = day });
        var diagnostic = day;
        day = day.AddDays(r.Between(14, 45));
        if (r.Chance(0.15))
            return Refused(r, events, day, r.Pick(["training", "employment", "cui_pec", "business_creation", "other_programme", "moved", "not_plie_public", "not_eligible"]));
        events.Add(new() { Type = "integration", Date = day, Referent = r.Chance(0.92) ? r.Pick(DemoJourneys.Referents) : null });
        var exit = Pathway(r, events, day);
        Barriers(r, events, diagnostic, day, exit);
        Requests(r, events, day, exit);
        if (r.Chance(0.06) && exit.DayNumber - day.DayNumber > 90)
            events.Add(new() { Type = "referent_change", Date = day.AddDays(r.Between(60, exit.DayNumber - day.DayNumber - 1)), Referent = r.Pick(DemoJourneys.Referents), Reason = r.Weighted(("absence", 3), ("caseload", 2), ("departure", 1)) });
        return events;
    }

    private static (string Kind, string? Org, string Channel) Prescriber(DemoDraw r)
    {
        var kind = r.Weighted(("france_travail", 55), ("departement", 15), ("spontaneous", 12), ("ccas", 8), ("mission_locale", 3), ("other", 3), ("spip", 2), ("commune", 2));
        return kind switch
        {
            "france_travail" => (kind, r.Weighted(("FT-ANTIBES", 4), ("FT-CAGNES", 1)), r.Chance(0.7) ? "flow" : "info_session"),
            "departement" => (kind, "CD06", r.Chance(0.2) ? "info_session" : "other"),
            "ccas" => (kind, r.Pick(["CCAS-ANTIBES", "CCAS-VALLAURIS"]), "other"),
            "spontaneous" => (kind, null, r.Chance(0.3) ? "info_session" : "other"),
            _ => (kind, null, "other"),
        };
    }

    private static List<JourneyEventDto> Refused(DemoDraw r, List<JourneyEventDto> events, DateOnly day, string reason)
    {
        events.Add(new()
        {
            Type = "refusal",
            Date = day,
            Reason = reason,
            Reorientation = reason == "not_plie_public" && r.Chance(0.5) ? "accompagnement_global" : null,
        });
        return events;
    }

    // Barriers identified at the diagnostic, in the shares of the CASA activity report (seed 003: parcours professionnel
    // 25 %, recherche d'emploi 20 %, formation 13 %), worked on from the integration, most lifted before the exit.
    private static void Barriers(DemoDraw r, List<JourneyEventDto> events, DateOnly diagnostic, DateOnly integration, DateOnly exit)
    {
        var families = new HashSet<string>();
        for (var i = r.Between(1, 3); i > 0; i--)
            families.Add(r.Weighted(("career", 25), ("job_search", 20), ("training_language", 13), ("transport", 10), ("health", 8), ("housing", 7),
                ("family", 6), ("financial", 5), ("administrative", 4), ("communication", 2)));
        foreach (var family in families)
        {
            var worked = integration.AddDays(r.Between(0, 30));
            var lifted = r.Chance(0.6) ? worked.AddDays(r.Between(30, 300)) : (DateOnly?)null;
            events.Add(new() { Type = "barrier", Start = diagnostic, Family = family, WorkedFrom = worked < exit ? worked : null, End = lifted < exit ? lifted : null });
        }
    }

    private static void Requests(DemoDraw r, List<JourneyEventDto> events, DateOnly integration, DateOnly exit)
    {
        for (var i = r.Between(0, 2); i > 0; i--)
        {
            var asked = integration.AddDays(r.Between(10, Math.Max(11, exit.DayNumber - integration.DayNumber - 1)));
            if (asked >= exit) continue;
            var answered = asked.AddDays(r.Between(7, 60));
            var outcome = r.Weighted(("realised", 7), ("refused", 2));
            events.Add(new()
            {
                Type = "request",
                Date = asked,
                Kind = r.Weighted(("mobility", 4), ("licence_b", 3), ("aif", 3), ("afc", 2), ("pmsmp", 2), ("service", 2), ("poe", 1), ("afpr", 1), ("eccp", 1), ("job_resumption", 1)),
                Outcome = answered < exit ? outcome : null,
                OutcomeDate = answered < exit ? answered : null,
            });
        }
    }

    private static DateOnly Pathway(DemoDraw r, List<JourneyEventDto> events, DateOnly integration)
    {
        var exit = integration.AddDays(r.Between(120, 720));
        for (var d = integration.AddDays(r.Between(15, 40)); d < exit; d = d.AddDays(r.Between(40, 80)))
            events.Add(new() { Type = "contact", Date = d, Mode = r.Weighted(("individual", 14), ("phone", 3), ("collective", 2), ("video", 1)) });
        var steps = r.Between(0, 4);
        for (var i = 0; i < steps; i++)
        {
            var start = integration.AddDays(r.Between(1, exit.DayNumber - integration.DayNumber - 1));
            events.Add(new() { Type = "step", Start = start, End = start.AddDays(r.Between(1, 60)), Kind = r.Pick(["assessment", "workshop", "workshop", "immersion", "skills_evaluation", "service", "aid", "training"]) });
        }
        var reason = r.Weighted(("employment", 30), ("end_of_pathway", 15), ("dropout", 15), ("training", 10), ("moved", 6), ("cui_pec", 5),
            ("other_partner", 4), ("other_programme", 4), ("health", 4), ("business_creation", 3), ("pregnancy", 2), ("retirement", 1), ("incarceration", 1));
        if (reason is "training" || r.Chance(0.1)) Training(r, events, integration, exit, reason == "training");
        if (r.Chance(0.1))
        {
            var start = integration.AddDays(r.Between(30, Math.Max(31, exit.DayNumber - integration.DayNumber - 30)));
            if (start < exit) events.Add(new() { Type = "suspension", Start = start, End = start.AddDays(r.Between(14, 90)), Reason = r.Pick(["health", "family", "temporary_employment", "training"]) });
        }
        if (reason is "employment" or "cui_pec" || r.Chance(0.25)) Contract(r, events, integration, exit, reason);
        if (reason == "business_creation") events.Add(new() { Type = "business_creation", Date = exit.AddDays(-r.Between(30, 120)) });
        var positive = PositiveReasons.Contains(reason);
        events.Add(new()
        {
            Type = "exit",
            Date = exit,
            Reason = reason,
            Proofs = positive && r.Chance(0.7) ? Proofs(reason) : [],
            AtypicalApproved = positive && r.Chance(0.05) ? true : null,
        });
        return exit;
    }

    private static void Training(DemoDraw r, List<JourneyEventDto> events, DateOnly integration, DateOnly exit, bool leading)
    {
        var start = leading ? exit : integration.AddDays(r.Between(20, Math.Max(21, exit.DayNumber - integration.DayNumber - 1)));
        if (start > exit) start = exit;
        var end = start.AddDays(r.Between(60, 300));
        var qualifying = r.Chance(0.5);
        events.Add(new()
        {
            Type = "training",
            Start = start,
            End = end,
            Qualifying = qualifying,
            QualificationObtained = qualifying && r.Chance(0.6) ? end : null,
        });
    }

    private static void Contract(DemoDraw r, List<JourneyEventDto> events, DateOnly integration, DateOnly exit, string reason)
    {
        var kind = reason == "cui_pec" ? "cui_pec" : r.Weighted(("cdd", 35), ("temp", 25), ("cdi", 15), ("iae", 10), ("cui_pec", 8), ("professionalisation", 5), ("civil_service", 2));
        var start = reason is "employment" or "cui_pec" ? exit.AddDays(-r.Between(0, 60)) : integration.AddDays(r.Between(30, Math.Max(31, exit.DayNumber - integration.DayNumber)));
        if (start > exit) start = exit;
        if (start < integration) start = integration;
        var months = kind == "cdi" ? (int?)null : r.Between(1, 12);
        events.Add(new()
        {
            Type = "contract",
            Start = start,
            End = months is { } m ? start.AddMonths(m) : null,
            Kind = kind,
            WeeklyHours = r.Weighted((35m, 6), (24m, 2), (20m, 1), (17.5m, 1), (30m, 1)),
            HoursWorked = kind == "temp" ? r.Between(70, 1100) : null,
            InsertionCompany = kind == "iae" ? r.Chance(0.5) : null,
        });
    }

    private static List<string> Proofs(string reason) => reason switch
    {
        "employment" or "cui_pec" => ["contract", "payslips"],
        "business_creation" => ["kbis"],
        _ => ["training_certificate"],
    };
}
