using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Reporting;

/// <summary>
/// Progress against the objectives of the PLIE's protocols (issue 6 item 5; domain.md "Objectives and indicators": CASA
/// 003 art. 5 and 000 art. 3-1, COV 001 art. 2-4 a and 2-2, Martigues 002 art. 3-1), measured on the same facts and
/// with the same tallies as the pathway and intake figures, with a projection to the end of the protocol (or of the
/// year) at the pace so far. The objectives are data of the protocol: their unit, base and <c>among</c> say what is
/// counted. Readings of the seeds' wording are in <see cref="Measure"/>.
/// </summary>
public sealed class ProtocolObjectives(PasserelleDbContext db, ActorContext actor, AuditLog audit, PathwayStatistics statistics)
{
    public const string ViewAction = "report.objectives.view";

    /// <summary>The protocols of the actor's PLIE, the most recent first, each with its objectives' progress as of <paramref name="today"/>.</summary>
    public async Task<IReadOnlyList<(Protocol Protocol, IReadOnlyList<ObjectiveProgress> Objectives)>> ProgressAsync(DateOnly today, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plie || actor.Role == Role.Referent) return [];
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == plie).OrderByDescending(p => p.ValidFrom).ToListAsync(ct);
        var result = new List<(Protocol, IReadOnlyList<ObjectiveProgress>)>();
        foreach (var protocol in protocols)
        {
            var objectives = new List<ObjectiveProgress>();
            foreach (var objective in protocol.Definition.Objectives)
            {
                var periods = new List<ObjectivePeriod>();
                foreach (var (label, period) in Periods(objective, protocol, today))
                    periods.Add(await MeasureAsync(objective, label, period, today, ct));
                objectives.Add(new ObjectiveProgress(objective, periods));
            }
            result.Add((protocol, objectives));
        }
        await audit.RecordReadAsync(ViewAction, "plie", plie, plie, new { protocols = protocols.Count }, ct);
        return result;
    }

    /// <summary>The protocol as a whole; or each civil year of it that has begun; a monthly objective is read as the monthly average over the protocol so far.</summary>
    private static IEnumerable<(string Label, ReportPeriod Period)> Periods(Objective objective, Protocol protocol, DateOnly today)
    {
        var whole = new ReportPeriod(protocol.ValidFrom, protocol.ValidTo);
        if (objective.Period != "year")
        {
            yield return (objective.Period == "month" ? "Moyenne mensuelle sur le protocole" : "Durée du protocole", whole);
            yield break;
        }
        for (var year = protocol.ValidFrom.Year; year <= protocol.ValidTo.Year && year <= today.Year; year++)
        {
            var from = new DateOnly(year, 1, 1) < protocol.ValidFrom ? protocol.ValidFrom : new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31) > protocol.ValidTo ? protocol.ValidTo : new DateOnly(year, 12, 31);
            yield return (year.ToString(System.Globalization.CultureInfo.InvariantCulture), new ReportPeriod(from, to));
        }
    }

    private async Task<ObjectivePeriod> MeasureAsync(Objective objective, string label, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        var asOf = period.AsOf(today);
        if (period.From > today) return new ObjectivePeriod(label, period, asOf, null, null, null);
        var (value, key) = await Measure(objective, period, today, ct);
        decimal? projected = null;
        var elapsed = asOf.DayNumber - period.From.DayNumber + 1;
        var total = period.To.DayNumber - period.From.DayNumber + 1;
        if (value is { } v && objective.Unit != "share" && objective.Period != "month" && asOf < period.To && elapsed > 0)
            projected = Math.Round(v * total / elapsed, 0, MidpointRounding.AwayFromZero);
        return new ObjectivePeriod(label, period, asOf, value, projected, key);
    }

    private async Task<(decimal? Value, string? Key)> Measure(Objective objective, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        switch (objective.Unit)
        {
            case "people" when objective.Among == "rsa":
                {
                    // « dont 480 allocataires du RSA »: people accompanied whose situation at the referral says RSA.
                    var (_, tally) = await statistics.BuildAsync(period, null, today, ct);
                    var ids = tally.PeopleOf(FigureKeys.Active).ToList();
                    return (await db.Persons.AsNoTracking().CountAsync(p => ids.Contains(p.Id) && p.Situation.Rsa, ct), null);
                }
            case "people":
                {
                    // « Accompagner 750 personnes sur la durée du protocole », « 250 participants par an »: people with a pathway
                    // running on some day of the period.
                    var (figures, _) = await statistics.BuildAsync(period, null, today, ct);
                    return (figures.PeopleFollowed, FigureKeys.Active);
                }
            case "integrations":
                {
                    var (figures, _) = await statistics.BuildAsync(period, null, today, ct);
                    return (figures.Integrations, FigureKeys.Integrations);
                }
            case "referrals":
                {
                    var (_, tally) = await statistics.BuildIntakeAsync(period, today, ct);
                    var key = objective.Among is { } kind ? FigureKeys.Prescriber(kind) : FigureKeys.Referrals;
                    return (tally.Count(key), key);
                }
            case "invitees":
                {
                    // « 20 à 30 demandeurs d'emploi inscrits chaque mois à l'information collective »: convocations of the
                    // period over its months begun.
                    var (_, tally) = await statistics.BuildIntakeAsync(period, today, ct);
                    var asOf = period.AsOf(today);
                    var months = (asOf.Year - period.From.Year) * 12 + asOf.Month - period.From.Month + 1;
                    var key = FigureKeys.Convoked("info_session");
                    return (Math.Round((decimal)tally.Count(key) / Math.Max(1, months), 1, MidpointRounding.AwayFromZero), key);
                }
            case "share":
                {
                    var (figures, tally) = await statistics.BuildAsync(period, null, today, ct);
                    return objective.Base switch
                    {
                        // « 50 % des sorties actées en positives » (Martigues).
                        "exits" => (Rate(figures.PositiveExits, figures.Exits), FigureKeys.PositiveExits),
                        // « 50 % du public accompagné et arrivé au terme du parcours » (CASA): read as the exits that are not
                        // administrative (moving, health, pregnancy, incarceration, death end a pathway before its term).
                        "ended_pathways" => (Rate(figures.PositiveExits, figures.Exits - tally.Count(FigureKeys.ExitCategory(ExitCodes.Administrative))), FigureKeys.PositiveExits),
                        // « Au moins 40 % des participants signent un contrat de travail en cours d'accompagnement » (CASA): people
                        // with a work contract (IAE included) started during a pathway of the period, over the people accompanied.
                        "participants" => (Rate(tally.PeopleOf(FigureKeys.Contracts).Union(tally.PeopleOf(FigureKeys.IaeContracts)).Count(), figures.PeopleFollowed), null),
                        _ => (null, null),
                    };
                }
            default:
                return (null, null);
        }
    }

    private static decimal? Rate(int n, int total) => total <= 0 ? null : Math.Round((decimal)n / total, 4, MidpointRounding.AwayFromZero);
}
