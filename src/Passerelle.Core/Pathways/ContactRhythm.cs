using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;
using static Passerelle.Core.Exits.ExitText;

namespace Passerelle.Core.Pathways;

/// <summary>
/// The contact-rhythm part of <see cref="PathwayAlerts"/> (its remarks give the readings of the seeds): which rhythm
/// applies today, since when, and whether the last required contacts are older than one calendar month.
/// </summary>
internal static class ContactRhythm
{
    private static readonly Dictionary<string, string> PeriodWords = new()
    {
        ["training"] = "la formation",
        ["employment"] = "l'emploi",
        ["service"] = "la prestation",
        ["suspension"] = "la suspension",
    };

    public static IEnumerable<PathwayAlert> Alerts(PathwayFacts facts, PathwayRules rules, DateOnly today)
    {
        var integration = facts.Integration!.Date;
        var exempt = Merge(facts.Periods
            .Select(p => (Period: p, Kind: ExemptionOf(p, rules)))
            .Where(x => x.Kind is not null)
            .Select(x => (Start: Max(x.Period.Date, integration), End: x.Period.End ?? DateOnly.MaxValue, Kind: x.Kind!)));
        var current = exempt.FirstOrDefault(x => x.Start <= today && today <= x.End);
        int contacts, interviews;
        DateOnly clock;
        string since;
        if (current.Kind is not null)
        {
            (contacts, interviews, clock) = (rules.ExemptContactsPerMonth ?? 0, 0, current.Start);
            since = $"depuis le début de {PeriodWords[current.Kind]} le {Date(clock)}";
        }
        else
        {
            (contacts, interviews, clock) = (rules.ContactsPerMonth, rules.InterviewsPerMonth, integration);
            since = $"depuis l'intégration le {Date(clock)}";
            if (exempt.LastOrDefault(x => x.End < today) is { Kind: not null } last && last.End.AddDays(1) > clock)
            {
                clock = last.End.AddDays(1);
                since = $"depuis la fin de {PeriodWords[last.Kind]} le {Date(last.End)}";
            }
        }
        var all = facts.ContactsUpTo(today).ToList();
        if (interviews > 0 && Overdue(all.Where(c => PathwayAlerts.InterviewModes.Contains(c.Mode)).ToList(), interviews, clock, today) is { } interviewDue)
        {
            var last = all.FirstOrDefault(c => PathwayAlerts.InterviewModes.Contains(c.Mode) && c.Date >= clock);
            yield return new(AlertCodes.Interview, AlertSeverity.Critical, interviewDue,
                $"Entretien individuel en retard depuis le {Date(interviewDue)} ({Rhythm(interviews, "entretien")} ; " +
                (last is null ? $"aucun {since})." : $"dernier le {Date(last.Date)})."));
        }
        // The interview requirement already asks for that many contacts: a second badge would say the same.
        if (contacts > interviews && Overdue(all, contacts, clock, today) is { } contactDue)
        {
            var recent = all.Count(c => c.Date >= clock && c.Date > today.AddMonths(-1));
            var during = current.Kind is null ? "" : $" pendant {PeriodWords[current.Kind]}";
            yield return new(AlertCodes.Contact, AlertSeverity.Critical, contactDue,
                $"Contacts en retard depuis le {Date(contactDue)} ({Rhythm(contacts, "contact")}{during} ; " +
                (all.FirstOrDefault(c => c.Date >= clock) is { } last ? $"{recent} dans le dernier mois, dernier le {Date(last.Date)})." : $"aucun {since})."));
        }
    }

    // The n-th latest contact since the clock started (or the start itself) is due again one calendar month later.
    private static DateOnly? Overdue(List<ContactEvent> latestFirst, int n, DateOnly clock, DateOnly today)
    {
        var counted = latestFirst.Where(c => c.Date >= clock).ToList();
        var due = (counted.Count >= n ? counted[n - 1].Date : clock).AddMonths(1);
        return today > due ? due : null;
    }

    private static string Rhythm(int n, string word) => n == 1 ? $"un {word} par mois" : $"{n} {word}s par mois";

    private static string? ExemptionOf(PeriodEvent p, PathwayRules rules)
    {
        var kind = p switch
        {
            SuspensionEvent => "suspension",
            TrainingEvent => "training",
            StepEvent { Kind: "training" } => "training",
            StepEvent { Kind: "service" } => "service",
            ContractEvent or StepEvent { Kind: "employment" or "iae" } => "employment",
            _ => null,
        };
        if (kind is null || !rules.ContactExemptDuring.Contains(kind)) return null;
        if (kind == "employment" && rules.TemporaryEmploymentMaxMonths is { } months
            && (p.End is not { } end || end >= p.Date.AddMonths(months))) return null;
        return kind;
    }

    private static List<(DateOnly Start, DateOnly End, string Kind)> Merge(IEnumerable<(DateOnly Start, DateOnly End, string Kind)> periods)
    {
        var merged = new List<(DateOnly Start, DateOnly End, string Kind)>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start <= Next(merged[^1].End))
            {
                var last = merged[^1];
                // The kind named is the one that ends last: it is what the referent waits for.
                merged[^1] = p.End > last.End ? (last.Start, p.End, p.Kind) : last;
            }
            else merged.Add(p);
        }
        return merged;
    }

    private static DateOnly Next(DateOnly d) => d == DateOnly.MaxValue ? d : d.AddDays(1);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
