using Passerelle.Core.Conventions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Tracking;

namespace Passerelle.Tests.Tracking;

/// <summary>
/// The tracking table read from journey facts (000 art. 3-4 b and art. 6, data convention annexe C; 001 art. 5; 002 art. 6):
/// for March 2026 and the agency FT-ANTIBES, each journey gives the row below, every column asserted (a column not named
/// in a case is empty). Borderline cases: an exit on the 1st (still reported) or the last day of February (not), a step
/// ended the day before the month, a referral in April, a later referral by another prescriber.
/// </summary>
public class TrackingLayoutTests
{
    private static readonly TrackingMonth March = new(2026, 3);
    private const string Agency = "FT-ANTIBES";

    public static TheoryData<string> Cases => [.. Journeys.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_journey_gives_its_row_of_the_month(string name)
    {
        var (events, pniConfirmed, expected) = Journeys[name];
        var person = Person(events);

        var table = TrackingLayout.Build([new TrackingPerson(person, pniConfirmed, 24)], Agency, March, TrackingLayout.Standard);

        if (expected is null)
        {
            Assert.Empty(table.Rows);
            return;
        }
        var row = Assert.Single(table.Rows);
        var referral = events.OfType<ReferralEvent>().Last(r => r.Date <= March.Last);
        var want = new Dictionary<string, string>
        {
            ["identifiant_france_travail"] = "1234567A",
            ["nom"] = "Martin",
            ["prenom"] = "Awa",
            ["date_naissance"] = "02/04/1981",
            ["date_prescription"] = referral.Date.ToString("dd/MM/yyyy"),
            ["prescripteur"] = Agency,
        };
        foreach (var (key, value) in expected) want[key] = value;
        for (var i = 0; i < table.Columns.Count; i++)
            Assert.True(want.GetValueOrDefault(table.Columns[i].Key, "") == row[i], $"{name} — {table.Columns[i].Key}: expected « {want.GetValueOrDefault(table.Columns[i].Key, "")} », got « {row[i]} »");
    }

    private static readonly Dictionary<string, (JourneyEvent[] Events, DateOnly? PniConfirmed, Dictionary<string, string>? Expected)> Journeys = new()
    {
        ["referred in March, first contact attended"] = ([Referral(2026, 3, 2), new FirstContactEvent { Date = D(2026, 3, 10), Mode = "individual", Attended = true }], null,
            new() { ["date_premier_accueil"] = "10/03/2026" }),
        ["absent at the first contact (000 art. 3-4 b)"] = ([Referral(2026, 2, 20), new FirstContactEvent { Date = D(2026, 3, 5), Mode = "collective", Attended = false }], null,
            new() { ["absences_rdv"] = "05/03/2026" }),
        ["absent at an information collective"] = ([Referral(2026, 2, 20), new InfoSessionEvent { Date = D(2026, 3, 26), Organiser = "joint", Attended = false }], null,
            new() { ["absences_rdv"] = "26/03/2026" }),
        ["refused in March, coded in the annex's words"] = ([Referral(2026, 2, 1), new FirstContactEvent { Date = D(2026, 2, 10), Mode = "individual", Attended = true },
            new RefusalEvent { Date = D(2026, 3, 12), Reason = "not_plie_public" }], null,
            new() { ["date_premier_accueil"] = "10/02/2026", ["date_refus"] = "12/03/2026", ["motif_refus"] = "Ne relève pas du PLIE" }),
        ["integrated in March: PNI from the integration, 24 months"] = ([Referral(2026, 2, 1), Integration(2026, 3, 15)], null,
            new() { ["date_integration"] = "15/03/2026", ["debut_pni"] = "15/03/2026", ["fin_pni"] = "15/03/2028" }),
        ["PNI confirmed by France Travail after the integration"] = ([Referral(2026, 2, 1), Integration(2026, 3, 15)], D(2026, 3, 20),
            new() { ["date_integration"] = "15/03/2026", ["debut_pni"] = "20/03/2026", ["fin_pni"] = "20/03/2028" }),
        ["steps running in March, in the annex's words; one ended in February is not"] = ([Referral(2025, 9, 1), Integration(2025, 10, 1),
            new StepEvent { Date = D(2026, 1, 5), End = D(2026, 2, 28), Kind = "workshop" },
            new StepEvent { Date = D(2026, 2, 20), End = D(2026, 3, 6), Kind = "immersion" },
            new TrainingEvent { Date = D(2026, 3, 1), End = D(2026, 6, 30), Qualifying = true },
            new ContractEvent { Date = D(2026, 3, 16), Kind = "cdd", WeeklyHours = 24 }], null,
            new()
            {
                ["date_integration"] = "01/10/2025",
                ["debut_pni"] = "01/10/2025",
                ["fin_pni"] = "01/10/2027",
                ["etapes"] = "PMSMP du 20/02/2026 au 06/03/2026 ; Formation qualifiante du 01/03/2026 au 30/06/2026 ; Emploi CDD depuis le 16/03/2026",
            }),
        ["exit on the last day of March"] = ([Referral(2025, 5, 1), Integration(2025, 6, 1), new ExitEvent { Date = D(2026, 3, 31), Reason = "employment" }], null,
            new() { ["date_integration"] = "01/06/2025", ["debut_pni"] = "01/06/2025", ["fin_pni"] = "01/06/2027", ["date_sortie"] = "31/03/2026", ["motif_sortie"] = "Emploi CDI ou CDD" }),
        ["exit on the 1st of March is still reported"] = ([Referral(2025, 5, 1), Integration(2025, 6, 1), new ExitEvent { Date = D(2026, 3, 1), Reason = "dropout" }], null,
            new() { ["date_integration"] = "01/06/2025", ["debut_pni"] = "01/06/2025", ["fin_pni"] = "01/06/2027", ["date_sortie"] = "01/03/2026", ["motif_sortie"] = "Rupture/abandon" }),
        ["a health exit crosses as an administrative exit, never as health"] = ([Referral(2025, 5, 1), Integration(2025, 6, 1), new ExitEvent { Date = D(2026, 3, 9), Reason = "health" }], null,
            new() { ["date_integration"] = "01/06/2025", ["debut_pni"] = "01/06/2025", ["fin_pni"] = "01/06/2027", ["date_sortie"] = "09/03/2026", ["motif_sortie"] = "Sortie administrative" }),
        ["exit on the last day of February: nothing to report in March"] = ([Referral(2025, 5, 1), Integration(2025, 6, 1), new ExitEvent { Date = D(2026, 2, 28), Reason = "employment" }], null, null),
        ["absence, breach, request and France Travail's answer of the month"] = ([Referral(2025, 8, 1), Integration(2025, 9, 1),
            new AbsenceEvent { Date = D(2026, 3, 3), Kind = "individual" },
            new BreachEvent { Date = D(2026, 3, 18), Reason = "job_search" },
            new BreachEvent { Date = D(2026, 2, 18), Reason = "offers" },
            new RequestEvent { Date = D(2026, 3, 4), Kind = "aif" },
            new RequestEvent { Date = D(2026, 1, 10), Kind = "afc", Outcome = "realised", OutcomeDate = D(2026, 3, 25) }], null,
            new()
            {
                ["date_integration"] = "01/09/2025",
                ["debut_pni"] = "01/09/2025",
                ["fin_pni"] = "01/09/2027",
                ["absences_rdv"] = "03/03/2026",
                ["manquements"] = "Absence d'actes positifs et répétés de recherche d'emploi (18/03/2026)",
                ["demandes"] = "Aide individuelle à la formation (AIF) (04/03/2026)",
                ["realisations"] = "Action de formation conventionnée (AFC) : Réalisée (25/03/2026)",
            }),
        ["in pathway with nothing new in March: still listed"] = ([Referral(2025, 5, 1), Integration(2025, 6, 1)], null,
            new() { ["date_integration"] = "01/06/2025", ["debut_pni"] = "01/06/2025", ["fin_pni"] = "01/06/2027" }),
        ["referred long ago, never integrated, nothing in March"] = ([Referral(2025, 11, 3), new FirstContactEvent { Date = D(2025, 11, 20), Mode = "individual", Attended = true }], null, null),
        ["referred by another agency"] = ([new ReferralEvent { Date = D(2026, 3, 2), PrescriberKind = "france_travail", PrescriberOrg = "FT-CAGNES", Channel = "flow" }], null, null),
        ["referred in April"] = ([Referral(2026, 4, 1)], null, null),
        ["referred again by the Département in March: the Département's person now"] = ([Referral(2025, 5, 1),
            new FirstContactEvent { Date = D(2025, 5, 20), Mode = "individual", Attended = false },
            new ReferralEvent { Date = D(2026, 3, 10), PrescriberKind = "departement", PrescriberOrg = "CD06", Channel = "flow" }], null, null),
    };

    [Fact]
    public void Rows_are_ordered_by_name_and_list_only_the_agency_people()
    {
        var zoe = Person([Referral(2026, 3, 2)], "Zoé", "Abadie");
        var awa = Person([Referral(2026, 3, 3)]);
        var other = Person([new ReferralEvent { Date = D(2026, 3, 2), PrescriberKind = "departement", PrescriberOrg = "CD06", Channel = "flow" }]);

        var table = TrackingLayout.Build(new[] { awa, zoe, other }.Select(p => new TrackingPerson(p, null, 24)), "ft-antibes", March, TrackingLayout.Standard);

        Assert.Equal([zoe.Id, awa.Id], table.PersonIds);
        Assert.Equal("Abadie", table.Cell(0, "nom"));
    }

    [Fact]
    public void The_columns_of_a_convention_are_those_of_its_allow_list_in_the_France_Travail_wording()
    {
        var columns = TrackingLayout.For([DataItems.FranceTravailId, DataItems.Refusal, DataItems.Exit]);

        Assert.Equal(["Identifiant France Travail", "Date du refus d'intégration", "Motif de refus d'intégration", "Date de sortie", "Nature et motif de sortie"],
            columns.Select(c => c.Title));
    }

    [Fact]
    public void A_column_the_convention_does_not_allow_is_refused()
    {
        var allowed = new[] { DataItems.FranceTravailId, DataItems.Exit };
        var error = Assert.Throws<TrackingLayoutException>(() =>
            TrackingLayout.Check([.. TrackingLayout.For(allowed), TrackingLayout.Standard.Single(c => c.Key == "nom")], allowed));

        Assert.Equal(["« Nom » : « Nom et prénom » n'est pas dans la liste des données de la convention"], error.Problems);
    }

    [Fact]
    public void A_free_text_column_is_refused_even_when_the_allow_list_names_it()
    {
        // 000 data convention, annexe: « il n'y aura aucune rubrique permettant du texte libre » (001 annexe 1 lists « commentaires »).
        var allowed = new[] { DataItems.FranceTravailId, DataItems.Comments };
        var comments = new TrackingColumn("commentaire", "Commentaire", DataItems.Comments, l => "libre");
        var unknown = new TrackingColumn("revenus", "Revenus", "income", l => "");

        var error = Assert.Throws<TrackingLayoutException>(() => TrackingLayout.Check([.. TrackingLayout.For(allowed), comments, unknown], allowed));

        Assert.Equal(["« Commentaire » : texte libre, jamais transmis (000, convention de données, annexe)", "« Revenus » : donnée inconnue « income »"], error.Problems);
    }

    [Fact]
    public void Every_standard_column_carries_a_coded_item_of_the_annexes()
    {
        Assert.Equal(TrackingLayout.Standard, TrackingLayout.Check(TrackingLayout.Standard, DataItems.Exchangeable));
        Assert.Equal(TrackingLayout.Standard.Count, TrackingLayout.Standard.Select(c => c.Key).Distinct().Count());
    }

    internal static Person Person(IEnumerable<JourneyEvent> events, string first = "Awa", string last = "Martin")
    {
        var person = new Person { Ref = "R-" + Guid.NewGuid().ToString("N")[..6], Sex = "F", BirthYear = 1981, CommuneInsee = "06004" };
        person.Identity = new PersonIdentity
        {
            PersonId = person.Id,
            LastName = last,
            FirstName = first,
            BirthDate = new DateOnly(1981, 4, 2),
            FranceTravailId = "1234567A",
            SearchKey = SearchKeys.For(last, first),
        };
        var seq = 0;
        foreach (var e in events)
        {
            e.PersonId = person.Id;
            e.Seq = seq++;
            person.Events.Add(e);
        }
        return person;
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ReferralEvent Referral(int y, int m, int d) => new() { Date = D(y, m, d), PrescriberKind = "france_travail", PrescriberOrg = Agency, Channel = "flow" };

    private static IntegrationEvent Integration(int y, int m, int d) => new() { Date = D(y, m, d), Referent = "referente@plie.test" };
}
