using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>The verdict explains itself in French, criterion by criterion (003 art. 5), from DTOs or entities alike.</summary>
public class ExitExplanationTests
{
    [Fact]
    public void The_explanation_lists_each_criterion_of_art5_with_the_facts_and_thresholds()
    {
        var verdict = Judge(Exit("2025-08-01", "employment", null, "contract"), Contract("cdd", "2025-02-01", "2025-07-31", 35));

        Assert.Equal("""
            Motif de sortie « Emploi CDI ou CDD » : sortie positive si l'un des critères ci-dessous est rempli (003 art. 5).
            CDI ou CDD de 6 mois et plus, au moins à mi-temps, hors contrats aidés et IAE : rempli.
              – CDD du 01/02/2025 au 31/07/2025 : 6 mois ≥ 6 mois, 35 h/semaine ≥ 17,5 h : rempli.
            Intégration dans la fonction publique depuis 6 mois : non rempli.
              – Aucun emploi dans la fonction publique enregistré.
            Activité rémunérée régulière d'au moins 910 heures cumulées sur 9 mois au plus : non rempli.
              – Aucun contrat avec des heures travaillées enregistrées.
            Contrat de professionnalisation après plus de 6 mois en continu : non rempli.
              – Aucun contrat de professionnalisation enregistré.
            Qualification obtenue (diplôme ou titre inscrit au RNCP) : non rempli.
              – Aucune qualification obtenue enregistrée.
            Maintien durant 6 mois au moins dans une formation qualifiante de longue durée : non rempli.
              – Aucune formation enregistrée.
            Création ou reprise d'activité consolidée au-delà de 6 mois : non rempli.
              – Aucune création d'entreprise enregistrée.
            Justificatifs attendus : contrat de travail, bulletins de salaire ; manquants : bulletins de salaire.
            Comptée positive sans tous ses justificatifs : personne déclarée en emploi, en formation ou en création (003 art. 5) ; justificatifs à relancer.
            Sortie positive.
            """.TrimEnd('\n'), verdict.Explanation);
    }

    [Fact]
    public void Pages_get_the_same_verdict_from_the_entities()
    {
        var person = new Person { Ref = "R", Sex = "F", CommuneInsee = "06004" };
        var exit = new ExitEvent { Seq = 3, Date = D("2025-08-01"), Reason = "employment", Proofs = ["contract", "payslips"] };
        person.Events.AddRange([
            new IntegrationEvent { Seq = 1, Date = D("2025-01-15") },
            new ContractEvent { Seq = 2, Date = D("2025-02-01"), End = D("2025-07-31"), Kind = "cdd", WeeklyHours = 35 },
            exit,
        ]);

        var verdict = PositiveExitRules.Evaluate(ProtocolPresets.Load(Casa).Exits, person, exit);

        Assert.Equal(new("positive", true, "cdi_cdd_6m_half_time", "complete"), verdict.ToComputed());
    }
}
