using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Reporting;

/// <summary>
/// The coordinators' figures on pathways (issue 4 item 6), for the actor's PLIE and a period, optionally one referent's
/// pathways (<see cref="Pathways.PathwayFacts.Referent"/>). A referent only ever gets their own. Three queries whatever
/// the size (integrations and exits, the candidates' facts, the protocols); exits are judged by the protocol's
/// <see cref="PositiveExitRules"/>. Tenant filters apply. Figures carry no name: one <c>report.pathways.view</c> audit
/// line per view; the list of people behind a figure leaves one <c>person.statistics</c> line per person listed.
/// </summary>
public sealed class PathwayStatistics(PasserelleDbContext db, ActorContext actor, AuditLog audit)
{
    public const string ViewAction = "report.pathways.view";
    public const string ListAction = "person.statistics";
    public const string IntakeAction = "report.intake.view";
    public const string ActivityAction = "report.activity.view";

    /// <summary>The users of the actor's PLIE with the referent role, by name.</summary>
    public async Task<IReadOnlyList<ReferentOption>> ReferentsAsync(CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plie) return [];
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == plie && u.Role == Role.Referent)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.Disabled }).ToListAsync(ct);
        return [.. users.Select(u => new ReferentOption(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? "", u.Email ?? "", u.Disabled))
            .OrderBy(u => u.Disabled).ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];
    }

    /// <summary>The figures; null when <paramref name="referentUserId"/> is no user of the actor's PLIE (foreign or missing alike).</summary>
    public async Task<PathwayFigures?> ComputeAsync(ReportPeriod period, Guid? referentUserId, DateOnly today, CancellationToken ct = default)
    {
        if (await ReferentAsync(referentUserId, ct) is not { } referent) return null;
        var (figures, _) = await BuildAsync(period, referent.Email, today, ct);
        await audit.RecordReadAsync(ViewAction, "plie", actor.PlieId, actor.PlieId, Detail(period, referent.UserId), ct);
        return figures;
    }

    /// <summary>
    /// The intake figures of the actor's PLIE (issue 3 item 8), for coordinators: the intake precedes any referent, so
    /// there is no referent's share of them (null for a referent).
    /// </summary>
    public async Task<IntakeFigures?> IntakeAsync(ReportPeriod period, DateOnly today, CancellationToken ct = default)
    {
        if (actor.Role == Role.Referent) return null;
        var (figures, _) = await BuildIntakeAsync(period, today, ct);
        await audit.RecordReadAsync(IntakeAction, "plie", actor.PlieId, actor.PlieId, Detail(period, null), ct);
        return figures;
    }

    /// <summary>
    /// The activity report of the actor's PLIE for a period (issue 6 item 4, seed 003), for coordinators and directors:
    /// the pathway and intake figures with the public integrated, the contracts signed and the positive exits by kind.
    /// </summary>
    public async Task<ActivityReport?> ActivityAsync(ReportPeriod period, DateOnly today, CancellationToken ct = default)
    {
        if (actor.Role == Role.Referent) return null;
        var (pathways, tally) = await BuildAsync(period, null, today, ct);
        var (intake, _) = await BuildIntakeAsync(period, today, ct);
        await ProfileAsync(period, tally, ct);
        var activity = new ActivityFigures(
            tally.People(FigureKeys.Integrations), tally.People(FigureKeys.Women),
            tally.People(FigureKeys.LowEducation) + tally.People(FigureKeys.EducationHigh), tally.People(FigureKeys.LowEducation),
            tally.People(FigureKeys.RsaAtEntry),
            [.. AgeBands.Select(b => new CountRow(b.Code, b.Label, tally.People(FigureKeys.AgeBand(b.Code)), tally.People(FigureKeys.AgeBand(b.Code)), FigureKeys.AgeBand(b.Code)))],
            tally.Count(FigureKeys.Contracts), tally.People(FigureKeys.Contracts),
            tally.Count(FigureKeys.IaeContracts), tally.People(FigureKeys.IaeContracts),
            [.. PositiveKinds.Select(k => new CountRow(k.Code, k.Label, tally.Count(FigureKeys.PositiveKind(k.Code)), tally.People(FigureKeys.PositiveKind(k.Code)), FigureKeys.PositiveKind(k.Code)))],
            tally.Count(FigureKeys.PositiveKind("employment")), tally.Count(FigureKeys.CdiExits),
            [.. Codes.Sectors.Select(s => new CountRow(s.Key, s.Value, tally.People(FigureKeys.Sector(s.Key)), tally.People(FigureKeys.Sector(s.Key)), FigureKeys.Sector(s.Key)))
                .Where(r => r.People > 0).OrderByDescending(r => r.People).ThenBy(r => r.Code, StringComparer.Ordinal)]);
        await audit.RecordReadAsync(ActivityAction, "plie", actor.PlieId, actor.PlieId, Detail(period, null), ct);
        return new ActivityReport(pathways, intake, activity);
    }

    /// <summary>003's age bands (« 51 % … entre 26 et 44 ans et 49 % … 45 ans et plus »), age on the day of the integration.</summary>
    public static readonly IReadOnlyList<(string Code, string Label, int From, int To)> AgeBands =
    [
        ("under_26", "Moins de 26 ans", 0, 25),
        ("26_44", "26 à 44 ans", 26, 44),
        ("45_plus", "45 ans et plus", 45, 200),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> PositiveKinds =
    [
        ("employment", "Emploi"),
        ("creation", "Création d'entreprise"),
        ("training", "Formation"),
    ];

    /// <summary>
    /// The public integrated in the period (003): sex, education level and RSA as declared at the referral (the
    /// person's situation), age on the day of the first integration of the period. Adds the people to the tally.
    /// </summary>
    private async Task ProfileAsync(ReportPeriod period, FigureTally tally, CancellationToken ct)
    {
        var integrations = await db.JourneyEvents.AsNoTracking().Where(e => e is IntegrationEvent && e.Date >= period.From && e.Date <= period.To)
            .GroupBy(e => e.PersonId).Select(g => new { PersonId = g.Key, Date = g.Min(e => e.Date) }).ToListAsync(ct);
        var ids = integrations.Select(i => i.PersonId).ToList();
        var people = (await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sex, p.BirthYear, p.Situation.Rsa, p.Situation.EducationLevel, Birth = (DateOnly?)p.Identity!.BirthDate })
            .ToListAsync(ct)).ToDictionary(p => p.Id);
        foreach (var integration in integrations)
        {
            if (!people.TryGetValue(integration.PersonId, out var p)) continue;
            if (p.Sex == "F") tally.Add(FigureKeys.Women, p.Id);
            if (p.EducationLevel is { } level) tally.Add(level <= 3 ? FigureKeys.LowEducation : FigureKeys.EducationHigh, p.Id);
            if (p.Rsa) tally.Add(FigureKeys.RsaAtEntry, p.Id);
            var birth = p.Birth ?? new DateOnly(p.BirthYear, 7, 1);
            var age = integration.Date.Year - birth.Year - (integration.Date < birth.AddYears(integration.Date.Year - birth.Year) ? 1 : 0);
            tally.Add(FigureKeys.AgeBand(AgeBands.First(b => age >= b.From && age <= b.To).Code), p.Id);
        }
    }

    /// <summary>The people behind the figure <paramref name="key"/> (<see cref="FigureKeys"/>), by name; null as for <see cref="ComputeAsync"/>.</summary>
    public async Task<IReadOnlyList<PersonListed>?> PeopleAsync(ReportPeriod period, Guid? referentUserId, string key, DateOnly today, CancellationToken ct = default)
    {
        if (!FigureKeys.IsWellFormed(key) || await ReferentAsync(referentUserId, ct) is not { } referent) return null;
        if ((FigureKeys.IsIntake(key) || FigureKeys.IsActivity(key)) && (actor.Role == Role.Referent || referent.UserId is not null)) return null;
        var tally = FigureKeys.IsIntake(key) ? (await BuildIntakeAsync(period, today, ct)).Tally : (await BuildAsync(period, referent.Email, today, ct)).Tally;
        if (FigureKeys.IsActivity(key)) await ProfileAsync(period, tally, ct);
        var ids = tally.PeopleOf(key).ToList();
        if (ids.Count == 0) return [];
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.PlieId, p.Identity!.LastName, p.Identity.FirstName }).ToListAsync(ct);
        var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true);
        foreach (var p in people) audit.Record(ListAction, "person", p.Id, p.PlieId, new { figure = key });
        await db.SaveChangesAsync(ct);
        return [.. people.Select(p => new PersonListed(p.Id, p.LastName, p.FirstName))
            .OrderBy(p => p.LastName ?? "", french).ThenBy(p => p.FirstName ?? "", french)];
    }

    // A referent reads their own figures whatever they ask; others choose a user of their PLIE, or none.
    private async Task<(Guid? UserId, string? Email)?> ReferentAsync(Guid? requested, CancellationToken ct)
    {
        var id = actor.Role == Role.Referent ? actor.UserId : requested;
        if (id is null) return (null, null);
        var email = await db.Users.AsNoTracking().Where(u => u.Id == id && u.OrganisationId == actor.PlieId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return email is null ? null : (id, email);
    }

    internal async Task<(PathwayFigures Figures, FigureTally Tally)> BuildAsync(ReportPeriod period, string? referent, DateOnly today, CancellationToken ct)
    {
        var asOf = period.AsOf(today);
        // Facts after the day figures are read on are left out: a pathway that ended later was running that day.
        var bounds = await db.JourneyEvents.AsNoTracking().Where(e => e.Date <= asOf && (e is IntegrationEvent || e is ExitEvent))
            .Select(e => new { e.PersonId, e.Date, Exit = e is ExitEvent }).ToListAsync(ct);
        // People whose every pathway ended before the period are not read (a plain scan of indexed columns, then memory).
        var ids = bounds.GroupBy(b => b.PersonId).Where(g =>
        {
            var lastExit = g.Where(b => b.Exit).Select(b => (DateOnly?)b.Date).Max();
            var lastIntegration = g.Where(b => !b.Exit).Select(b => (DateOnly?)b.Date).Max();
            return lastIntegration is not null && (lastExit is null || lastExit >= period.From || lastIntegration >= lastExit);
        }).Select(g => g.Key).ToList();
        var events = ids.Count == 0 ? [] : await db.JourneyEvents.AsNoTracking().Where(e => ids.Contains(e.PersonId) && e.Date <= asOf).ToListAsync(ct);
        var plies = events.Select(e => e.PlieId).Distinct().ToList();
        var protocols = (await db.Protocols.AsNoTracking().Where(p => plies.Contains(p.PlieId)).ToListAsync(ct)).ToLookup(p => p.PlieId);
        var rules = plies.ToDictionary(id => id, id => new ExitProtocols(protocols[id]));
        var journeys = events.ToLookup(e => e.PersonId);
        var dtos = new Dictionary<Guid, List<JourneyEventDto>>();

        // The same evaluator and protocol choice as the exit page and the export's computed fields (ExitJudge, §4.3).
        ExitVerdict? Judge(ExitEvent exit)
        {
            if (rules[exit.PlieId] is not { IsEmpty: false } exitRules) return null;
            if (!dtos.TryGetValue(exit.PersonId, out var journey))
                dtos[exit.PersonId] = journey = [.. journeys[exit.PersonId].OrderBy(e => e.Seq).Select(JourneyMapping.ToDto)];
            return PositiveExitRules.Evaluate(exitRules.RulesOn(exit.Date), journey, JourneyMapping.ToDto(exit));
        }

        var spans = journeys.SelectMany(PathwaySpan.Of)
            .Where(s => referent is null || string.Equals(s.Referent, referent, StringComparison.OrdinalIgnoreCase));
        return PathwayFigureAssembler.Build(spans, period, asOf, Judge);
    }

    internal async Task<(IntakeFigures Figures, FigureTally Tally)> BuildIntakeAsync(ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        var asOf = period.AsOf(today);
        // The people referred or convoked in the period, then their intake facts up to the day figures are read on.
        var concerned = db.JourneyEvents.Where(e => (e is ReferralEvent || e is InfoSessionEvent || e is FirstContactEvent)
            && e.Date >= period.From && e.Date <= period.To).Select(e => e.PersonId);
        var events = await db.JourneyEvents.AsNoTracking().Where(e => concerned.Contains(e.PersonId) && e.Date <= asOf
            && (e is ReferralEvent || e is InfoSessionEvent || e is FirstContactEvent || e is DiagnosticStartEvent || e is IntegrationEvent || e is RefusalEvent))
            .ToListAsync(ct);
        var facts = events.Select(e => e switch
        {
            ReferralEvent r => new IntakeFact(r.PersonId, r.Type, r.Date, r.Seq, r.PrescriberKind, r.PrescriberOrg),
            InfoSessionEvent i => new IntakeFact(i.PersonId, i.Type, i.Date, i.Seq, Attended: i.Attended),
            FirstContactEvent f => new IntakeFact(f.PersonId, f.Type, f.Date, f.Seq, Attended: f.Attended),
            _ => new IntakeFact(e.PersonId, e.Type, e.Date, e.Seq),
        }).ToList();
        var codes = facts.Where(f => f.PrescriberOrg is not null).Select(f => f.PrescriberOrg!).Distinct().ToList();
        var names = (await db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Code)).Select(o => new { o.Code, o.Name }).ToListAsync(ct))
            .ToDictionary(o => o.Code, o => o.Name, StringComparer.OrdinalIgnoreCase);
        return IntakeFigureBuilder.Build(facts, period, code => names.TryGetValue(code, out var name) ? $"{name} ({code})" : code);
    }

    private static object Detail(ReportPeriod period, Guid? referent) => new
    {
        from = period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        to = period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        referent,
    };
}
