using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting;

/// <summary>
/// Builds <see cref="IntakeFigures"/> from the intake facts of the people referred in the period (and the convocations
/// dated in it). A referral's own steps are the facts after it and before the person's next referral (a re-referral opens
/// a new journey, domain.md). The first contact counted is the first one attended; the decision, the first integration or
/// refusal. Pure: the same facts give the same figures and the same people behind them.
/// </summary>
internal static class IntakeFigureBuilder
{
    public static (IntakeFigures Figures, FigureTally Tally) Build(IEnumerable<IntakeFact> facts, ReportPeriod period, Func<string, string> agencyName)
    {
        var tally = new FigureTally();
        var byKind = new Dictionary<string, int>();
        var byAgency = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var outcomes = IntakeStages.Outcomes.ToDictionary(s => s.Code, _ => 0);
        var delays = IntakeStages.Delays.ToDictionary(s => s.Code, _ => new List<int>());
        var absences = new Dictionary<string, (int Expected, int Absent)> { ["info_session"] = (0, 0), ["first_contact"] = (0, 0) };
        var referrals = 0;
        foreach (var journey in facts.GroupBy(f => f.PersonId))
        {
            var ordered = journey.OrderBy(f => f.Date).ThenBy(f => f.Seq).ToList();
            foreach (var f in ordered.Where(f => f.Type is "info_session" or "first_contact" && f.Attended is not null && period.Contains(f.Date)))
            {
                var (expected, absent) = absences[f.Type];
                absences[f.Type] = (expected + 1, absent + (f.Attended == false ? 1 : 0));
                tally.Add(FigureKeys.Convoked(f.Type), f.PersonId);
                if (f.Attended == false) tally.Add(FigureKeys.Absent(f.Type), f.PersonId);
            }
            for (var i = 0; i < ordered.Count; i++)
            {
                var referral = ordered[i];
                if (referral.Type != "referral" || !period.Contains(referral.Date)) continue;
                referrals++;
                tally.Add(FigureKeys.Referrals, referral.PersonId);
                var kind = referral.PrescriberKind ?? "other";
                byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
                tally.Add(FigureKeys.Prescriber(kind), referral.PersonId);
                if (kind == "france_travail" && referral.PrescriberOrg is { Length: > 0 } org)
                {
                    byAgency[org] = byAgency.GetValueOrDefault(org) + 1;
                    tally.Add(FigureKeys.Agency(org), referral.PersonId);
                }
                var steps = ordered.Skip(i + 1).TakeWhile(f => f.Type != "referral").ToList();
                var contact = steps.FirstOrDefault(f => f.Type == "first_contact" && f.Attended == true);
                var diagnostic = steps.FirstOrDefault(f => f.Type == "diagnostic_start");
                var decision = steps.FirstOrDefault(f => f.Type is "integration" or "refusal");
                var stage = decision?.Type == "integration" ? "integrated" : decision is not null ? "refused"
                    : diagnostic is not null ? "diagnostic" : contact is not null ? "received" : "waiting";
                outcomes[stage]++;
                tally.Add(FigureKeys.IntakeOutcome(stage), referral.PersonId);
                void Delay(string code, IntakeFact? from, IntakeFact? to)
                {
                    if (from is null || to is null) return;
                    delays[code].Add(to.Date.DayNumber - from.Date.DayNumber);
                    tally.Add(FigureKeys.Delay(code), referral.PersonId);
                }
                Delay("first_contact", referral, contact);
                Delay("diagnostic", contact, diagnostic);
                Delay("decision", diagnostic, decision);
                Delay("total", referral, decision);
            }
        }
        var figures = new IntakeFigures(
            referrals,
            tally.People(FigureKeys.Referrals),
            [.. byKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => new CountRow(k.Key, Codes.Label(Codes.PrescriberKinds, k.Key), k.Value, tally.People(FigureKeys.Prescriber(k.Key)), FigureKeys.Prescriber(k.Key)))],
            [.. byAgency.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => new CountRow(k.Key, agencyName(k.Key), k.Value, tally.People(FigureKeys.Agency(k.Key)), FigureKeys.Agency(k.Key)))],
            [.. IntakeStages.Outcomes.Select(s => new CountRow(s.Code, s.Label, outcomes[s.Code], tally.People(FigureKeys.IntakeOutcome(s.Code)), FigureKeys.IntakeOutcome(s.Code)))],
            [.. IntakeStages.Delays.Select(s => new DelayRow(s.Code, s.Label, delays[s.Code].Count, Median(delays[s.Code]), Mean(delays[s.Code]), FigureKeys.Delay(s.Code)))],
            [
                new("info_session", "Informations collectives", absences["info_session"].Expected, absences["info_session"].Absent, FigureKeys.Absent("info_session")),
                new("first_contact", "Premiers accueils", absences["first_contact"].Expected, absences["first_contact"].Absent, FigureKeys.Absent("first_contact")),
            ]);
        return (figures, tally);
    }

    private static decimal? Median(List<int> days)
    {
        if (days.Count == 0) return null;
        days.Sort();
        var mid = days.Count / 2;
        return days.Count % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2m;
    }

    private static decimal? Mean(List<int> days) => days.Count == 0 ? null : Math.Round((decimal)days.Sum() / days.Count, 1, MidpointRounding.AwayFromZero);
}
