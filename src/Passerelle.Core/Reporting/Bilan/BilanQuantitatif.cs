using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif (seed 000 art. 7 and Annexe 1; contract §6) of a PLIE for a civil year, in total and per France
/// Travail agency, computed from the journey facts: two set-based queries for the year's facts and their opening referral
/// (<see cref="BilanFactQuery"/>), one for the facts the exits of the year are judged on, one for the protocols. Exits
/// are judged by the export's evaluator (<see cref="ExitJudge.Verdicts"/>, contract §4.3), never re-implemented here.
/// Tenant filters apply: a user's PLIE only; the command line (the system) names any PLIE by its code.
/// Reading figures leaves one <c>report.bilan.view</c> audit line; a list of the people behind a figure, one
/// <c>person.bilan</c> listing line with their ids (<see cref="AuditListing"/>).
/// </summary>
public sealed class BilanQuantitatif(PasserelleDbContext db, ActorContext actor, AuditLog audit)
{
    public const string ViewAction = "report.bilan.view";
    public const string ListAction = "person.bilan";

    /// <summary>Years a Bilan may be asked for (the field is checked before anything is read).</summary>
    public const int MinYear = 1990, MaxYear = 2100;

    /// <summary>
    /// The PLIE named <paramref name="code"/> (null: the actor's own) if the actor may read it; null for a foreign PLIE and
    /// for a code no PLIE bears alike (contract §7: 404 either way).
    /// </summary>
    public async Task<Organisation?> PlieAsync(string? code, CancellationToken ct = default)
    {
        var plie = code is null
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == actor.PlieId && o.Kind == OrganisationKind.Plie, ct)
            : await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code && o.Kind == OrganisationKind.Plie, ct);
        return plie is not null && (actor.AllPlies || actor.PlieId == plie.Id) ? plie : null;
    }

    /// <summary>
    /// The report; <paramref name="agency"/> restricts columns 1 to 13 to the referrals of that <c>prescriberOrg</c>
    /// ("" for France Travail referrals that named no agency). Throws <see cref="ValidationException"/> on field
    /// <c>year</c> or <c>agency</c> (an agency no France Travail referral of the PLIE names, and no France Travail
    /// agency of the instance bears). <paramref name="format"/> (html, json, csv, xlsx) goes to the audit line.
    /// </summary>
    public async Task<BilanReport> ComputeAsync(Organisation plie, int year, string? agency, string format, CancellationToken ct = default)
    {
        CheckYear(year);
        if (agency is { Length: > 0 } && !await AgencyKnownAsync(plie.Id, agency, ct))
            throw new ValidationException("agency", $"aucune orientation France Travail du PLIE ni aucune agence France Travail ne porte le code « {agency} ».");
        var (tally, option) = await TallyAsync(plie.Id, year, ct);
        var names = await AgencyNamesAsync(tally.Agencies, ct);
        BilanTable Table(string code) => new(code, AgencyName(code, names), tally.Figures(BilanTally.AgencyScope(code), option.InfoSessionsInDenominator));
        var main = agency is null
            ? new BilanTable(null, "Total des orientations France Travail", tally.Figures(BilanTally.Total, option.InfoSessionsInDenominator))
            : Table(agency);
        var agencies = agency is null ? tally.Agencies.OrderBy(a => a.Length == 0).ThenBy(a => a, StringComparer.Ordinal).Select(Table).ToList() : [];
        await audit.RecordReadAsync(ViewAction, "plie", plie.Id, plie.Id, new { year, agency, format }, ct);
        return new BilanReport(plie.Id, plie.Code, plie.Name, year, agency, option.InfoSessionsInDenominator, option.Source, main, agencies);
    }

    /// <summary>
    /// The people behind the figure <paramref name="key"/> (<see cref="BilanColumns.IsPeopleKey"/>) of the total or of one
    /// agency, by name; null for a key no figure has. Columns 14 and 15 are the whole PLIE's whatever the agency.
    /// </summary>
    public async Task<IReadOnlyList<BilanPerson>?> PeopleAsync(Organisation plie, int year, string? agency, string key, CancellationToken ct = default)
    {
        CheckYear(year);
        if (!BilanColumns.IsPeopleKey(key)) return null;
        var (tally, _) = await TallyAsync(plie.Id, year, ct);
        var ids = tally.PeopleOf(agency is null ? BilanTally.Total : BilanTally.AgencyScope(agency), key).ToList();
        if (ids.Count == 0) return [];
        var people = await db.Persons.AsNoTracking().Where(p => p.PlieId == plie.Id && ids.Contains(p.Id))
            .Select(p => new BilanPerson(p.Id, p.Ref, p.Identity == null ? null : p.Identity.LastName, p.Identity == null ? null : p.Identity.FirstName))
            .ToListAsync(ct);
        // One listing line with the ids (docs/audit-events.md « Listings »); the figure and scope are codes.
        await audit.RecordReadAsync(ListAction, "person", null, plie.Id,
            new { year, agency, figure = key, persons = people.Select(p => p.Id.ToString()).ToList() }, ct);
        var french = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true);
        return [.. people.OrderBy(p => p.LastName ?? "", french).ThenBy(p => p.FirstName ?? "", french).ThenBy(p => p.Ref, StringComparer.Ordinal)];
    }

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
            throw new ValidationException("year", $"année impossible « {year} » (attendue entre {MinYear} et {MaxYear}).");
    }

    /// <summary>
    /// The total table of a PLIE (figures only, no people, no audit line) for the regional pilot indicators (000 art. 7),
    /// with the protocol's option of columns 4 and 9 bis. Reads across the tenant filter: only for a PLIE the caller has
    /// checked the actor may see aggregates of (<see cref="Regional.RegionalScope"/>), which writes the audit line.
    /// </summary>
    internal async Task<(BilanFigures Figures, bool InfoSessionsInDenominator)> RegionalFiguresAsync(Guid plieId, int year, CancellationToken ct = default)
    {
        CheckYear(year);
        var (tally, option) = await TallyAsync(plieId, year, ct, acrossTenants: true);
        return (tally.Figures(BilanTally.Total, option.InfoSessionsInDenominator), option.InfoSessionsInDenominator);
    }

    private async Task<(BilanTally Tally, BilanOptions Option)> TallyAsync(Guid plieId, int year, CancellationToken ct, bool acrossTenants = false)
    {
        var period = ReportPeriod.Year(year);
        var events = acrossTenants ? db.JourneyEvents.IgnoreQueryFilters() : db.JourneyEvents;
        var facts = await BilanFactQuery.ReadAsync(events, plieId, period.From, period.To, ct);
        var protocols = await (acrossTenants ? db.Protocols.IgnoreQueryFilters() : db.Protocols).AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct);
        var verdicts = await VerdictsAsync(events, plieId, period, new ExitProtocols(protocols), ct);
        return (BilanTally.Of(facts, id => verdicts.GetValueOrDefault(id)), OptionOf(protocols, period.To));
    }

    /// <summary>
    /// The verdict on each exit of the year: the facts <see cref="ExitScope"/> reads, of the people who exit in the year
    /// only (one query, a sub-select on the year's exits), judged as the export judges them.
    /// </summary>
    private static async Task<Dictionary<Guid, ExitVerdict>> VerdictsAsync(IQueryable<JourneyEvent> events, Guid plieId, ReportPeriod period, ExitProtocols protocols, CancellationToken ct)
    {
        var verdicts = new Dictionary<Guid, ExitVerdict>();
        if (protocols.IsEmpty) return verdicts;
        var exiting = events.Where(x => x.PlieId == plieId && x is ExitEvent && x.Date >= period.From && x.Date <= period.To)
            .Select(x => x.PersonId);
        var types = ExitScope.FactTypes;
        var facts = await events.AsNoTracking()
            .Where(e => e.PlieId == plieId && e.Date <= period.To && types.Contains(EF.Property<string>(e, "type")) && exiting.Contains(e.PersonId))
            .ToListAsync(ct);
        foreach (var journey in facts.GroupBy(e => e.PersonId))
            foreach (var (id, verdict) in ExitJudge.Verdicts([.. journey], protocols))
                verdicts[id] = verdict;
        return verdicts;
    }

    /// <summary>The protocol's option for columns 4 and 9 bis: the protocol in force at the end of the year, else the latest begun before, else the first.</summary>
    private static BilanOptions OptionOf(IReadOnlyList<Protocol> protocols, DateOnly endOfYear)
    {
        var ordered = protocols.OrderBy(p => p.ValidFrom).ToList();
        var protocol = ordered.FirstOrDefault(p => p.ValidFrom <= endOfYear && endOfYear <= p.ValidTo)
            ?? ordered.LastOrDefault(p => p.ValidFrom <= endOfYear) ?? ordered.FirstOrDefault();
        return protocol?.Definition.Bilan ?? new BilanOptions(false, "aucun protocole : col. 4 = col. 3 / col. 1");
    }

    private async Task<bool> AgencyKnownAsync(Guid plieId, string agency, CancellationToken ct) =>
        await db.Organisations.AnyAsync(o => o.Code == agency && o.Kind == OrganisationKind.FranceTravailAgency, ct)
        || await db.JourneyEvents.OfType<ReferralEvent>().AnyAsync(r => r.PlieId == plieId && r.PrescriberOrg == agency && r.PrescriberKind == "france_travail", ct);

    private async Task<Dictionary<string, string>> AgencyNamesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var list = codes.Where(c => c.Length > 0).ToList();
        if (list.Count == 0) return [];
        return await db.Organisations.AsNoTracking().Where(o => list.Contains(o.Code) && o.Kind == OrganisationKind.FranceTravailAgency)
            .ToDictionaryAsync(o => o.Code, o => o.Name, ct);
    }

    private static string AgencyName(string code, Dictionary<string, string> names) =>
        code.Length == 0 ? "Agence non renseignée" : names.TryGetValue(code, out var name) ? name : $"Agence {code}";
}
