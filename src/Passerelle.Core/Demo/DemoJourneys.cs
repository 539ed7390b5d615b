using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Demo;

/// <summary>
/// Synthetic people with varied journeys on the CASA territory (EPCI 240600585), as a journey file: the demo
/// instance and the benchmarks import it. Deterministic for a given seed, count and day: a seeded
/// <see cref="Random"/> draws everything, and no date goes past <c>today</c> (an event that would is not yet
/// recorded: the journey is still running).
/// </summary>
public static class DemoJourneys
{
    public const string CasaEpci = "240600585";
    public static readonly string[] Referents = ["referente@demo.passerelle.local", "referent2@demo.passerelle.local"];

    public static JourneyFile Generate(string plieCode, int count, int seed, DateOnly today)
    {
        var communes = CommuneReferential.Shared.CommunesOfEpci(CasaEpci).Select(c => c.Insee).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var first = new DateOnly(Math.Min(2023, today.Year - 1), 1, 1);
        var span = Math.Max(30, today.DayNumber - first.DayNumber - 20);
        var persons = new List<JourneyPersonDto>(count);
        for (var i = 0; i < count; i++)
        {
            var r = new DemoDraw(random);
            var referral = first.AddDays(r.Int(span));
            var women = r.Chance(0.56);
            var age = r.Chance(0.03) ? 25 : 26 + r.Int(37);
            var birth = referral.AddYears(-age).AddDays(-r.Int(365));
            var rsa = r.Chance(0.6) || age == 25;
            persons.Add(new JourneyPersonDto
            {
                Ref = $"DEMO-{i + 1:000000}",
                LastName = r.Pick(DemoNames.Last),
                FirstName = r.Pick(women ? DemoNames.Women : DemoNames.Men),
                BirthDate = birth,
                Sex = women ? "F" : "M",
                CommuneInsee = r.Pick(communes),
                FranceTravailId = r.Chance(0.85) ? $"{r.Int(10_000_000):0000000}{(char)('A' + r.Int(26))}" : null,
                Situation = new SituationDto
                {
                    Rsa = rsa,
                    Ass = !rsa && r.Chance(0.25),
                    Aah = r.Chance(0.01),
                    Rqth = r.Chance(0.08),
                    Qpv = r.Chance(0.22),
                    LongTermUnemployed = r.Chance(0.45),
                    EducationLevel = r.Chance(0.1) ? null : r.Weighted((1, 4), (2, 6), (3, 35), (4, 30), (5, 15), (6, 7), (7, 2), (8, 1)),
                    SingleParent = r.Chance(0.15),
                    SelfEmployed = false,
                    FollowedByMissionLocale = age <= 25 && r.Chance(0.3),
                },
                Events = Recorded(DemoPathway.Draw(r, referral), today),
            });
        }
        return new JourneyFile { Plie = plieCode, Persons = persons };
    }

    /// <summary>What is known on <paramref name="today"/>: later events dropped, later ends left open, in date order.</summary>
    private static List<JourneyEventDto> Recorded(List<JourneyEventDto> planned, DateOnly today) =>
        [.. planned.Where(e => (e.Date ?? e.Start) <= today)
            .Select(e => e with
            {
                End = e.End > today ? null : e.End,
                QualificationObtained = e.QualificationObtained > today ? null : e.QualificationObtained,
                WorkedFrom = e.WorkedFrom > today ? null : e.WorkedFrom,
                Outcome = e.OutcomeDate > today ? null : e.Outcome,
                OutcomeDate = e.OutcomeDate > today ? null : e.OutcomeDate,
            })
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Date ?? x.e.Start).ThenBy(x => x.i)
            .Select(x => x.e)];
}
