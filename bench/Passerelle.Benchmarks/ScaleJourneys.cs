using Passerelle.Core.Journeys;

namespace Passerelle.Benchmarks;

/// <summary>
/// The people and journeys of one PLIE of the national-scale base, deterministic from (seed, PLIE index): referrals
/// from France Travail agencies (flow or information session), the Département, CCAS, Missions locales, SPIP, communes
/// and spontaneous ones; information sessions and first contacts with absences (and re-referrals while the journey is
/// open); diagnostics, refusals with coded reasons, integrations with a referent, monthly-ish contacts, steps,
/// contracts, trainings, suspensions, business creations, exits with reasons and proofs; and new journeys after a
/// refusal or an exit. Shares follow the demo journeys (Core/Demo/DemoPathway, shaped on seeds 000 and 003), over
/// referrals from <see cref="FirstDay"/> to the day before <see cref="Today"/>; nothing after <see cref="Today"/> is
/// recorded (a later exit is not known yet: the pathway runs).
/// </summary>
public sealed class ScaleJourneys
{
    public static readonly DateOnly FirstDay = new(2019, 1, 1);

    /// <summary>The day the base describes (fixed, so that a seed gives the same base whatever day it is generated).</summary>
    public static readonly DateOnly Today = new(2026, 11, 30);

    private static readonly string[] Women = ["Awa", "Fatima", "Marie", "Nathalie", "Sandrine", "Isabelle", "Sophie", "Leila", "Aïcha", "Céline", "Julie", "Khadija", "Valérie", "Émilie", "Sarah", "Inès"];
    private static readonly string[] Men = ["Mohamed", "Jean", "Karim", "Nicolas", "David", "Mamadou", "Sébastien", "Julien", "Youssef", "Christophe", "Thomas", "Ali", "Frédéric", "Stéphane", "Omar", "Loïc"];
    private static readonly string[] Last = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Diallo", "Benali", "Nguyen", "Traoré", "Mercier", "Boyer", "Lambert", "Bonnet", "François", "Martinez", "Haddad", "Giraud"];
    private static readonly string[] Steps = ["assessment", "workshop", "workshop", "immersion", "skills_evaluation", "service", "aid", "training", "iae"];

    private readonly Random random;
    private readonly string plieCode;
    private readonly string[] agencies;
    private readonly string department;
    private readonly string[] referents;
    private List<ScaleEvent> events = null!;
    private Guid personId;

    public ScaleJourneys(int seed, int plieIndex, string plieCode, string department, string[] agencies)
    {
        random = new Random(unchecked(seed * 1_000_003 + plieIndex));
        this.plieCode = plieCode;
        this.department = department;
        this.agencies = agencies;
        referents = [.. Enumerable.Range(1, 4 + plieIndex % 9).Select(i => $"referent{i:00}@{plieCode}.plie.test")];
    }

    /// <summary>The people of the PLIE (<paramref name="count"/>), with their journeys.</summary>
    public ScaleBatch Generate(Guid plieId, int count)
    {
        var people = new List<ScalePerson>(count);
        var all = new List<ScaleEvent>(count * 11);
        var span = Today.DayNumber - FirstDay.DayNumber - 10;
        for (var i = 0; i < count; i++)
        {
            personId = NewId();
            var referral = FirstDay.AddDays(Int(span));
            var women = Chance(0.56);
            var age = Chance(0.03) ? 25 : 26 + Int(37);
            var birth = referral.AddYears(-age).AddDays(-Int(365));
            var rsa = Chance(0.6) || age == 25;
            var last = Pick(Last);
            var first = Pick(women ? Women : Men);
            people.Add(new ScalePerson(personId, $"{plieCode.ToUpperInvariant()}-{i + 1:0000000}", women ? "F" : "M", birth.Year,
                $"{department}{Int(900) + 1:000}", rsa, !rsa && Chance(0.25), Chance(0.01), Chance(0.08), Chance(0.22), Chance(0.45),
                Chance(0.1) ? null : Weighted((1, 4), (2, 6), (3, 35), (4, 30), (5, 15), (6, 7), (7, 2), (8, 1)), Chance(0.15),
                age <= 25 && Chance(0.3), last, first, birth, Chance(0.85) ? $"{Int(10_000_000):0000000}{(char)('A' + Int(26))}" : null,
                SearchKeys.Normalise($"{last} {first}")));
            events = [];
            var day = referral;
            // A new journey after a refusal or an exit, now and then (a person referred again a year later).
            for (var journey = 0; journey < 3 && day < Today; journey++)
            {
                var end = Journey(day);
                if (!Chance(journey == 0 ? 0.12 : 0.05)) break;
                day = end.AddDays(Between(60, 400));
            }
            // Recorded in date order (the interchange order: Seq), what is known on Today only.
            var seq = 0;
            foreach (var e in events.Where(e => e.Date <= Today).OrderBy(e => e.Date))
                all.Add(e with
                {
                    Seq = seq++,
                    EndDate = e.EndDate > Today ? null : e.EndDate,
                    QualificationObtained = e.QualificationObtained > Today ? null : e.QualificationObtained,
                });
        }
        return new ScaleBatch(plieId, people, all);
    }

    // One journey from its referral; returns the day it ends (refusal or exit; a running pathway's planned exit).
    private DateOnly Journey(DateOnly referral)
    {
        var (kind, org, channel) = Prescriber();
        Add(referral, "referral", code: kind, org: org, channel: channel);
        var day = referral;
        if (channel == "info_session")
        {
            day = day.AddDays(Between(5, 20));
            var attended = Chance(0.8);
            Add(day, "info_session", code: Weighted(("joint", 5), ("france_travail", 3), ("plie", 2)), flag: attended);
            if (!attended) return Refusal(day.AddDays(Between(1, 10)), "absent");
        }
        day = day.AddDays(Between(7, 25));
        var mode = Chance(0.4) ? "collective" : "individual";
        if (Chance(0.15))
        {
            Add(day, "first_contact", code: mode, flag: false);
            if (Chance(0.5)) return Refusal(day.AddDays(Between(15, 30)), "absent");
            // Absent, referred again by the same prescriber while the journey is open (no new journey).
            if (Chance(0.4)) Add(day.AddDays(Between(3, 10)), "referral", code: kind, org: org, channel: channel == "info_session" ? "other" : channel);
            day = day.AddDays(Between(10, 20));
        }
        Add(day, "first_contact", code: mode, flag: true);
        day = day.AddDays(mode == "individual" ? 0 : Between(3, 14));
        Add(day, "diagnostic_start");
        day = day.AddDays(Between(14, 45));
        if (Chance(0.15))
            return Refusal(day, Pick(["training", "employment", "cui_pec", "business_creation", "other_programme", "moved", "not_plie_public", "not_eligible"]));
        Add(day, "integration", referent: Chance(0.92) ? Pick(referents) : null);
        return Pathway(day);
    }

    private (string Kind, string? Org, string Channel) Prescriber()
    {
        var kind = Weighted(("france_travail", 55), ("departement", 15), ("spontaneous", 12), ("ccas", 8), ("mission_locale", 3), ("other", 3), ("spip", 2), ("commune", 2));
        return kind switch
        {
            // The main agency of the PLIE's territory sends most; a referral now and then names no agency.
            "france_travail" => (kind, Chance(0.02) ? null : agencies[Chance(0.5) ? 0 : Int(agencies.Length)], Chance(0.7) ? "flow" : "info_session"),
            "departement" => (kind, $"CD{department}", Chance(0.2) ? "info_session" : "other"),
            "ccas" => (kind, $"CCAS-{plieCode.ToUpperInvariant()}-{Int(3) + 1}", "other"),
            "mission_locale" => (kind, $"ML-{department}", "other"),
            "spontaneous" => (kind, null, Chance(0.3) ? "info_session" : "other"),
            _ => (kind, null, "other"),
        };
    }

    private DateOnly Refusal(DateOnly day, string reason)
    {
        Add(day, "refusal", code: reason);
        return day;
    }

    private DateOnly Pathway(DateOnly integration)
    {
        var exit = integration.AddDays(Between(120, 720));
        var length = exit.DayNumber - integration.DayNumber;
        for (var d = integration.AddDays(Between(15, 40)); d < exit; d = d.AddDays(Between(40, 80)))
            Add(d, "contact", code: Weighted(("individual", 14), ("phone", 3), ("collective", 2), ("video", 1)));
        for (var i = Between(0, 3); i > 0; i--)
        {
            var start = integration.AddDays(Between(1, length - 1));
            Add(start, "step", code: Pick(Steps), end: start.AddDays(Between(1, 60)));
        }
        var reason = Weighted(("employment", 30), ("end_of_pathway", 15), ("dropout", 15), ("training", 10), ("moved", 6), ("cui_pec", 5),
            ("other_partner", 4), ("other_programme", 4), ("health", 4), ("business_creation", 3), ("pregnancy", 2), ("retirement", 1), ("incarceration", 1));
        if (reason is "training" || Chance(0.1)) Training(integration, exit, reason == "training");
        if (Chance(0.1))
        {
            var start = integration.AddDays(Between(30, Math.Max(31, length - 30)));
            if (start < exit) Add(start, "suspension", code: Pick(["health", "family", "temporary_employment", "training"]), end: start.AddDays(Between(14, 90)));
        }
        if (reason is "employment" or "cui_pec" || Chance(0.25)) Contract(integration, exit, reason);
        if (reason == "business_creation") Add(exit.AddDays(-Between(30, 120)), "business_creation");
        var positive = reason is "employment" or "training" or "cui_pec" or "business_creation";
        if (exit <= Today)
            Add(exit, "exit", code: reason, proofs: positive && Chance(0.7) ? Proofs(reason) : [], flag: positive && Chance(0.05) ? true : null);
        return exit;
    }

    private void Training(DateOnly integration, DateOnly exit, bool leading)
    {
        var start = leading ? exit : integration.AddDays(Between(20, Math.Max(21, exit.DayNumber - integration.DayNumber - 1)));
        if (start > exit) start = exit;
        var end = start.AddDays(Between(60, 300));
        var qualifying = Chance(0.5);
        Add(start, "training", flag: qualifying, end: end, qualification: qualifying && Chance(0.6) ? end : null);
    }

    private void Contract(DateOnly integration, DateOnly exit, string reason)
    {
        var kind = reason == "cui_pec" ? "cui_pec" : Weighted(("cdd", 35), ("temp", 25), ("cdi", 15), ("iae", 10), ("cui_pec", 8), ("professionalisation", 5), ("civil_service", 2));
        var start = reason is "employment" or "cui_pec" ? exit.AddDays(-Between(0, 60)) : integration.AddDays(Between(30, Math.Max(31, exit.DayNumber - integration.DayNumber)));
        if (start > exit) start = exit;
        if (start < integration) start = integration;
        DateOnly? end = kind == "cdi" ? null : start.AddMonths(Between(1, 12));
        events.Add(new ScaleEvent(NewId(), personId, 0, start, "contract", Code: kind, EndDate: end,
            WeeklyHours: Weighted((35m, 6), (24m, 2), (20m, 1), (17.5m, 1), (30m, 1)),
            HoursWorked: kind == "temp" ? Between(70, 1100) : null, Flag: kind == "iae" ? Chance(0.5) : null));
    }

    private static string[] Proofs(string reason) => reason switch
    {
        "employment" or "cui_pec" => ["contract", "payslips"],
        "business_creation" => ["kbis"],
        _ => ["training_certificate"],
    };

    private void Add(DateOnly date, string type, string? code = null, string? org = null, string? channel = null, bool? flag = null,
        string? referent = null, DateOnly? end = null, DateOnly? qualification = null, string[]? proofs = null) =>
        events.Add(new ScaleEvent(NewId(), personId, 0, date, type, code, proofs, flag, referent, end, QualificationObtained: qualification,
            PrescriberOrg: org, Channel: channel));

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (random), as far as readers care
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private int Int(int maxExclusive) => random.Next(maxExclusive);

    private int Between(int min, int max) => random.Next(min, max + 1);

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var n = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (n < weight) return value;
            n -= weight;
        }
        return choices[^1].Value;
    }
}
