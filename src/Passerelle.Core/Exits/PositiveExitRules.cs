using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;
using static Passerelle.Core.Exits.ExitText;

namespace Passerelle.Core.Exits;

/// <summary>
/// Whether an exit is positive, and why: « Les critères de validation de sortie du PLIE », the atypical exits and
/// « Les types de sortie » of the CASA protocol (seed 003 art. 5), with every figure taken from the protocol's
/// <see cref="ExitRules"/> (contract §4.3). It reads interchange events (<see cref="JourneyEventDto"/>): the export
/// has them at hand, pages map their entities with <see cref="JourneyMapping"/>.
/// </summary>
/// <remarks>
/// Readings of the seed (each is tested in tests/Passerelle.Tests/Exits):
/// <list type="bullet">
/// <item>Only the reasons of a declared employment, training, CUI PEC or creation are judged on the criteria; the
/// others take their type from the reason. Their type is « Positive » only when a criterion is met (« sont
/// considérées comme positives les situations décrites au paragraphe précédent »); otherwise it is « Autres ».</item>
/// <item>« CDI ou CDD de 6 mois » is the contract's length, even when it ends after the exit; a running CDI is of
/// indefinite length, so it qualifies from its signature (003 counts exits « consécutives à la signature d'un
/// CDI »). A contract with no end otherwise runs to the exit. « Depuis 6 mois », « après plus de 6 mois en
/// continu », « maintien durant 6 mois », « consolidée au-delà de 6 mois » are held at the exit date.</item>
/// <item>The 910 hours add up the recorded <c>hoursWorked</c> of any contract (003 names temp agencies, insertion
/// temp agencies, seasonal and multi-employer contracts; the IAE exclusion belongs to the CDI/CDD criterion) whose
/// whole span, start to end (or to the exit), fits in a window of at most 9 calendar months.</item>
/// <item>An atypical exit is positive on the commission's decision (<c>atypicalApproved</c>, contract §4.3), whether
/// or not one of the protocol's atypical situations is recorded (the explanation says which); where atypical exits
/// are counted apart (Martigues) it is not positive.</item>
/// <item>Proofs: with <see cref="ExitRules.DeclaredWithoutProofCountsPositive"/> (CASA) a met criterion counts
/// positive whatever the proofs; otherwise missing proofs keep the exit from counting positive.</item>
/// </list>
/// </remarks>
public static class PositiveExitRules
{
    // The exit reasons of a person « déclarée en emploi, en formation ou en création d'entreprise » (003 art. 5).
    private static readonly string[] PositiveReasons = ["employment", "cui_pec", "training", "business_creation"];

    // 003 art. 5 « Administratives : déménagement, grossesse, retraite, incarcération… » (decease added): for stored
    // definitions older than ExitRules.AdministrativeReasons.
    private static readonly string[] DefaultAdministrativeReasons = ["moved", "pregnancy", "retirement", "incarceration", "death"];

    private static readonly string[] DurableKinds = ["cdi", "cdd"];
    private static readonly string[] EmploymentProofs = ["contract", "payslips"];

    /// <summary>The verdict on <paramref name="exit"/> (an exit event of <paramref name="events"/>, the person's journey).</summary>
    public static ExitVerdict Evaluate(ExitRules rules, IEnumerable<JourneyEventDto> events, JourneyEventDto exit)
    {
        if (exit.Type != "exit" || exit.Date is not { } date)
            throw new ArgumentException("A dated exit event is expected.", nameof(exit));
        var reason = exit.Reason ?? "";
        var scope = ExitScope.Of(events, date);
        var checks = new List<ExitCheck>();
        if (!PositiveReasons.Contains(reason))
        {
            var category = CategoryOf(rules, reason, scope, checks);
            checks.Add(new("proofs", true, "Aucun justificatif attendu pour ce motif."));
            return new ExitVerdict(category, false, null, ExitCodes.ProofsComplete, [], checks);
        }

        checks.Add(new("category", true, $"Motif de sortie « {Codes.Label(Codes.ExitReasons, reason)} » : sortie positive si l'un des critères ci-dessous est rempli (003 art. 5)."));
        var outcomes = Criteria(reason).Select(criterion => criterion(rules, scope)).ToList();
        foreach (var o in outcomes) checks.AddRange(o.Checks);
        var candidate = outcomes.FirstOrDefault(o => o.Met)?.Basis;
        var countsPositive = candidate is not null;
        if (candidate is null)
        {
            var atypical = Atypical(rules, scope, exit.AtypicalApproved, checks);
            if (atypical)
            {
                candidate = ExitCodes.AtypicalApproved;
                countsPositive = rules.AtypicalCountsPositive;
                if (!countsPositive)
                    checks.Add(new("atypical", false, "Sortie dynamique validée par la commission : le protocole la compte à part des sorties positives."));
            }
        }

        var expected = ExpectedProofs(candidate, reason);
        var received = exit.Proofs ?? [];
        var missing = expected.Where(p => !received.Contains(p)).ToList();
        var proofs = missing.Count == 0 ? ExitCodes.ProofsComplete : ExitCodes.ProofsMissing;
        checks.Add(ProofCheck(expected, missing));
        if (countsPositive && missing.Count > 0)
        {
            if (rules.DeclaredWithoutProofCountsPositive)
                checks.Add(new("proofs", true, "Comptée positive sans tous ses justificatifs : personne déclarée en emploi, en formation ou en création (003 art. 5) ; justificatifs à relancer."));
            else
            {
                countsPositive = false;
                checks.Add(new("proofs", false, "Non comptée positive tant que les justificatifs manquent : le protocole les exige."));
            }
        }

        checks.Add(new("category", countsPositive, countsPositive
            ? "Sortie positive."
            : "Aucun critère de sortie positive n'est rempli par les faits enregistrés : sortie de type « Autres »."));
        return new ExitVerdict(countsPositive ? ExitCodes.Positive : ExitCodes.Other, countsPositive,
            countsPositive ? candidate : null, proofs, missing, checks);
    }

    /// <summary>The same verdict from the person's entities (pages).</summary>
    public static ExitVerdict Evaluate(ExitRules rules, Person person, ExitEvent exit) =>
        Evaluate(rules, person.Events.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto), JourneyMapping.ToDto(exit));

    // « Rupture/abandon », « Parcours long : … au moins 24 mois », « Administratives », « Autres » (003 art. 5).
    private static string CategoryOf(ExitRules rules, string reason, ExitScope scope, List<ExitCheck> checks)
    {
        var label = $"Motif de sortie « {Codes.Label(Codes.ExitReasons, reason)} »";
        if (reason == "dropout")
        {
            checks.Add(new("category", true, $"{label} : sortie de type « Rupture/abandon »."));
            return ExitCodes.Dropout;
        }
        if (reason == "end_of_pathway")
        {
            if (scope.Integration is not { } integration)
            {
                checks.Add(new("category", false, $"{label} : aucune intégration enregistrée, durée d'accompagnement inconnue : sortie de type « Autres »."));
                return ExitCodes.Other;
            }
            var long_ = MonthSpan.LastsAtLeast(integration, scope.ExitDate, rules.LongPathwayMonths);
            checks.Add(new("category", long_, $"{label} : accompagnement du {Date(integration)} au {Date(scope.ExitDate)}, " +
                $"{MonthSpan.Describe(integration, scope.ExitDate)} {Compare(long_)} {rules.LongPathwayMonths} mois : " +
                (long_ ? "sortie de type « Parcours long »." : "sortie de type « Autres ».")));
            return long_ ? ExitCodes.LongPathway : ExitCodes.Other;
        }
        if ((rules.AdministrativeReasons ?? DefaultAdministrativeReasons).Contains(reason))
        {
            checks.Add(new("category", true, $"{label} : sortie de type « Administratives »."));
            return ExitCodes.Administrative;
        }
        checks.Add(new("category", true, $"{label} : sortie de type « Autres »."));
        return ExitCodes.Other;
    }

    // The criteria of the declared situation come first, so that the basis names it when several are met.
    private static IEnumerable<Func<ExitRules, ExitScope, RuleOutcome>> Criteria(string reason)
    {
        Func<ExitRules, ExitScope, RuleOutcome>[] employment = [DurableContract, CivilService, Hours, Professionalisation];
        Func<ExitRules, ExitScope, RuleOutcome>[] training = [Qualification, LongTraining];
        Func<ExitRules, ExitScope, RuleOutcome>[] business = [Business];
        return reason switch
        {
            "training" => [.. training, .. employment, .. business],
            "business_creation" => [.. business, .. employment, .. training],
            _ => [.. employment, .. training, .. business],
        };
    }

    // « CDI ou CDD de 6 mois et supérieur ou égal à un mi-temps (hors contrats aidés du secteur non marchand et hors IAE) »
    private static RuleOutcome DurableContract(ExitRules rules, ExitScope scope)
    {
        var lines = new List<ExitCheck>();
        foreach (var c in scope.Contracts.Where(c => DurableKinds.Contains(c.Kind) || rules.ExcludedContractKinds.Contains(c.Kind!)))
        {
            if (rules.ExcludedContractKinds.Contains(c.Kind!) || c.InsertionCompany == true)
            {
                lines.Add(Fact(ExitCodes.DurableContract, false, $"{Contract(c)} : exclu (contrats aidés du secteur non marchand et IAE)"));
                continue;
            }
            var (longEnough, length) = ContractLength(c, scope, rules.DurableContractMonths);
            var hours = c.WeeklyHours ?? 0;
            var halfTime = hours >= rules.HalfTimeWeeklyHours;
            lines.Add(Fact(ExitCodes.DurableContract, longEnough && halfTime,
                $"{Contract(c)} : {length}, {Number(hours)} h/semaine {Compare(halfTime)} {Number(rules.HalfTimeWeeklyHours)} h"));
        }
        return Outcome(ExitCodes.DurableContract,
            $"CDI ou CDD de {rules.DurableContractMonths} mois et plus, au moins à mi-temps, hors contrats aidés et IAE", lines,
            "aucun CDI ni CDD enregistré avant la sortie");
    }

    // « L'intégration dans la fonction publique depuis 6 mois »: held at the exit.
    private static RuleOutcome CivilService(ExitRules rules, ExitScope scope)
    {
        var lines = scope.Contracts.Where(c => c.Kind == "civil_service").Select(c =>
        {
            var held = scope.HeldUntil(c);
            var ok = MonthSpan.LastsAtLeast(c.Start!.Value, held, rules.CivilServiceMonths);
            return Fact(ExitCodes.CivilService, ok, $"{Contract(c)} : {MonthSpan.Describe(c.Start!.Value, held)} à la sortie {Compare(ok)} {rules.CivilServiceMonths} mois");
        }).ToList();
        return Outcome(ExitCodes.CivilService, $"Intégration dans la fonction publique depuis {rules.CivilServiceMonths} mois", lines,
            "aucun emploi dans la fonction publique enregistré");
    }

    // « Maintien d'une activité professionnelle rémunérée régulière d'une durée cumulée supérieure ou égale à 910 heures
    // sur une période maximale de 9 mois »: the best window opening at a contract's start.
    private static RuleOutcome Hours(ExitRules rules, ExitScope scope)
    {
        var worked = scope.Contracts.Where(c => c.HoursWorked is not null)
            .Select(c => (c.Start!.Value, End: c.End ?? scope.ExitDate, Hours: c.HoursWorked!.Value)).ToList();
        var title = $"Activité rémunérée régulière d'au moins {rules.TempHours} heures cumulées sur {rules.TempWindowMonths} mois au plus";
        if (worked.Count == 0) return Outcome(ExitCodes.Hours, title, [], "aucun contrat avec des heures travaillées enregistrées");
        var best = worked.Select(first =>
        {
            var windowEnd = first.Value.AddMonths(rules.TempWindowMonths).AddDays(-1);
            var inside = worked.Where(w => w.Value >= first.Value && w.End <= windowEnd).ToList();
            return (Start: first.Value, End: inside.Count > 0 ? inside.Max(w => w.End) : first.End, Hours: inside.Sum(w => w.Hours), Count: inside.Count);
        }).MaxBy(w => w.Hours);
        var ok = best.Hours >= rules.TempHours;
        var text = best.Count == 0
            ? $"aucun contrat ne tient dans {rules.TempWindowMonths} mois (du {Date(worked[0].Value)} au {Date(worked[0].End)} : {MonthSpan.Describe(worked[0].Value, worked[0].End)})"
            : $"{Number(best.Hours)} h sur {best.Count} contrat(s) du {Date(best.Start)} au {Date(best.End)} ({MonthSpan.Describe(best.Start, best.End)}) {Compare(ok)} {rules.TempHours} h";
        return Outcome(ExitCodes.Hours, title, [Fact(ExitCodes.Hours, ok, text)], "");
    }

    // « Contrat de professionnalisation après plus de 6 mois en continu »: strictly more, held at the exit.
    private static RuleOutcome Professionalisation(ExitRules rules, ExitScope scope)
    {
        var lines = scope.Contracts.Where(c => c.Kind == "professionalisation").Select(c =>
        {
            var held = scope.HeldUntil(c);
            var ok = MonthSpan.LastsMoreThan(c.Start!.Value, held, rules.ProfessionalisationMonths);
            return Fact(ExitCodes.Professionalisation, ok, $"{Contract(c)} : {MonthSpan.Describe(c.Start!.Value, held)} en continu à la sortie, " +
                $"il en faut plus de {rules.ProfessionalisationMonths}");
        }).ToList();
        return Outcome(ExitCodes.Professionalisation, $"Contrat de professionnalisation après plus de {rules.ProfessionalisationMonths} mois en continu",
            lines, "aucun contrat de professionnalisation enregistré");
    }

    // « Obtention d'une qualification (diplôme ou titre professionnel inscrit au RNCP) », by the exit date.
    private static RuleOutcome Qualification(ExitRules rules, ExitScope scope)
    {
        var lines = scope.Trainings.Where(t => t.QualificationObtained is not null).Select(t =>
        {
            var ok = t.QualificationObtained <= scope.ExitDate;
            return Fact(ExitCodes.Qualification, ok, $"{Training(t)} : qualification obtenue le {Date(t.QualificationObtained!.Value)}" +
                (ok ? "" : ", après la sortie"));
        }).ToList();
        return Outcome(ExitCodes.Qualification, "Qualification obtenue (diplôme ou titre inscrit au RNCP)", lines, "aucune qualification obtenue enregistrée");
    }

    // « Maintien durant 6 mois minimum dans une formation de longue durée permettant d'accéder à une qualification (RNCP) ».
    private static RuleOutcome LongTraining(ExitRules rules, ExitScope scope)
    {
        var lines = scope.Trainings.Select(t =>
        {
            if (t.Qualifying != true) return Fact(ExitCodes.LongTraining, false, $"{Training(t)} : ne mène pas à une qualification");
            var held = scope.HeldUntil(t);
            var ok = MonthSpan.LastsAtLeast(t.Start!.Value, held, rules.LongTrainingMonths);
            return Fact(ExitCodes.LongTraining, ok, $"{Training(t)} : suivie {MonthSpan.Describe(t.Start!.Value, held)} à la sortie {Compare(ok)} {rules.LongTrainingMonths} mois");
        }).ToList();
        return Outcome(ExitCodes.LongTraining, $"Maintien durant {rules.LongTrainingMonths} mois au moins dans une formation qualifiante de longue durée",
            lines, "aucune formation enregistrée");
    }

    // « Création ou reprise d'activité, consolidée au-delà de 6 mois d'activité »: strictly more, at the exit.
    private static RuleOutcome Business(ExitRules rules, ExitScope scope)
    {
        var lines = scope.Businesses.Select(d =>
        {
            var ok = MonthSpan.LastsMoreThan(d, scope.ExitDate, rules.BusinessMonths);
            return Fact(ExitCodes.Business, ok, $"Création d'entreprise le {Date(d)} : {MonthSpan.Describe(d, scope.ExitDate)} d'activité à la sortie, " +
                $"il en faut plus de {rules.BusinessMonths}");
        }).ToList();
        return Outcome(ExitCodes.Business, $"Création ou reprise d'activité consolidée au-delà de {rules.BusinessMonths} mois", lines,
            "aucune création d'entreprise enregistrée");
    }

    // « Une commission ad hoc statuera dans le cadre des sorties positives dites « atypiques » »: the protocol's
    // situations, each a criterion id of ExitRules.AtypicalCriteria; its figures come from the ExitRules fields.
    private static bool Atypical(ExitRules rules, ExitScope scope, bool? approved, List<ExitCheck> checks)
    {
        if (rules.AtypicalCriteria.Count == 0) return false;
        var matched = false;
        foreach (var criterion in rules.AtypicalCriteria)
        {
            var (label, months, applies) = criterion switch
            {
                "part_time_under_17_5h_6m" => ($"emploi à temps partiel de moins de {Number(rules.HalfTimeWeeklyHours)} h par semaine d'au moins {rules.DurableContractMonths} mois",
                    rules.DurableContractMonths,
                    (Func<JourneyEventDto, bool>)(c => !rules.ExcludedContractKinds.Contains(c.Kind!) && c.InsertionCompany != true
                        && c.WeeklyHours is > 0 && c.WeeklyHours < rules.HalfTimeWeeklyHours)),
                "subsidised_contract_12m" => ($"contrat aidé d'au moins {rules.AtypicalContractMonths} mois", rules.AtypicalContractMonths,
                    c => c.Kind == "cui_pec"),
                "insertion_company_12m" => ($"contrat d'au moins {rules.AtypicalContractMonths} mois en entreprise d'insertion", rules.AtypicalContractMonths,
                    c => c.Kind == "iae" || c.InsertionCompany == true),
                _ => ($"critère « {criterion} » inconnu", 0, _ => false),
            };
            foreach (var c in scope.Contracts.Where(applies))
            {
                var (ok, length) = ContractLength(c, scope, months);
                matched |= ok;
                checks.Add(Fact("atypical", ok, $"Situation atypique ({label}) : {Contract(c)}, {Number(c.WeeklyHours ?? 0)} h/semaine : {length}"));
            }
        }
        var decision = approved switch
        {
            true => "la commission a validé la sortie atypique",
            false => "la commission a refusé la sortie atypique",
            null => "pas de décision de la commission",
        };
        // The commission's decision prevails (contract §4.3: "not positive unless atypicalApproved"): it rules on
        // documents the journey may not record (hours, employer). The explanation says when no situation is recorded.
        var positive = approved == true;
        checks.Add(new("atypical", positive, $"Sortie atypique (003 art. 5, décidée par la commission ad hoc) : " +
            (matched ? "une situation atypique est remplie" : "aucune situation atypique n'est enregistrée") + $", {decision} : {Verdict(positive)}."));
        return positive;
    }

    // A contract's own length (« CDD de 6 mois », « contrat d'une durée au moins égale à 12 mois »): a running CDI is of
    // indefinite length; any other contract without an end is measured to the exit.
    private static (bool Ok, string Text) ContractLength(JourneyEventDto c, ExitScope scope, int months)
    {
        if (c.Kind == "cdi" && c.End is null) return (true, "durée indéterminée");
        var end = c.End ?? scope.ExitDate;
        var ok = MonthSpan.LastsAtLeast(c.Start!.Value, end, months);
        return (ok, $"{MonthSpan.Describe(c.Start!.Value, end)}{(c.End is null ? " à la sortie" : "")} {Compare(ok)} {months} mois");
    }

    private static IReadOnlyList<string> ExpectedProofs(string? basis, string reason) => (basis ?? reason) switch
    {
        ExitCodes.Qualification => ["qualification_certificate"],
        ExitCodes.LongTraining or "training" => ["training_certificate"],
        ExitCodes.Business or "business_creation" => ["kbis"],
        _ => EmploymentProofs,
    };

    private static ExitCheck ProofCheck(IReadOnlyList<string> expected, IReadOnlyList<string> missing) => new("proofs", missing.Count == 0,
        $"Justificatifs attendus : {Proofs(expected)}" + (missing.Count == 0 ? " : tous reçus." : $" ; manquants : {Proofs(missing)}."));

    private static ExitCheck Fact(string rule, bool passed, string text) => new(rule, passed, $"  – {text} : {Verdict(passed)}.");

    private static RuleOutcome Outcome(string basis, string title, List<ExitCheck> facts, string none)
    {
        var met = facts.Any(f => f.Passed);
        List<ExitCheck> lines = [new(basis, met, $"{title} : {Verdict(met)}."), .. facts];
        if (facts.Count == 0 && none.Length > 0) lines.Add(new(basis, false, $"  – {char.ToUpperInvariant(none[0])}{none[1..]}."));
        return new RuleOutcome(basis, met, lines);
    }
}
