using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;
using Passerelle.Core.Tracking;

namespace Passerelle.Core.Reconciliation;

/// <summary>
/// The quarterly reconciliation of France Travail's list of PNI-delegated people with the PLIE's pathways (issue 5 item 4;
/// 001 art. 2-4 a « pour confrontation avec les listes du PLIE »): the list is read whole (<see cref="PniListReader"/>; any
/// problem and nothing is stored), compared on the day of the import (<see cref="ReconciliationRules"/>), and the result —
/// counts and differences, ids and codes only — kept with the file's SHA-256 in one <c>SaveChanges</c>. Into the actor's
/// own PLIE only; a reconciliation of another PLIE is not found, exactly like a missing one.
/// </summary>
public sealed class PniReconciliations(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock)
{
    public async Task<ReconciliationOutcome> ImportAsync(Stream file, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId || !actor.Can(Permission.ManageExchanges))
            return new(null, [new(null, null, "seule l'équipe d'un PLIE rapproche la liste de France Travail de ses parcours.")], []);
        var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        var agencies = (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.FranceTravailAgency).Select(o => o.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = await new PniListReader().ReadAsync(content, agencies.Contains, ct);
        if (!read.Succeeded) return new(null, read.Errors, read.IgnoredColumns);

        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var people = await PeopleAsync(plieId, read.Rows, asOf, ct);
        var result = ReconciliationRules.Compare(read.Rows, people, asOf);
        var reconciliation = new PniReconciliation
        {
            PlieId = plieId,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = actor.UserId,
            Channel = actor.Channel.ToString().ToLowerInvariant(),
            Sha256 = TrackingFiles.Sha256(content.ToArray()),
            Agencies = [.. read.Rows.Select(r => r.Agency).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            AsOf = asOf,
            Lines = read.Rows.Count,
            Agreed = result.Agreed,
            InPathway = result.InPathway,
        };
        foreach (var d in result.Differences)
        {
            d.PlieId = plieId;
            d.ReconciliationId = reconciliation.Id;
            reconciliation.Differences.Add(d);
        }
        db.PniReconciliations.Add(reconciliation);
        audit.Record("reconciliation.import", "pni_reconciliation", reconciliation.Id, plieId, new
        {
            sha256 = reconciliation.Sha256,
            agencies = reconciliation.Agencies,
            lines = reconciliation.Lines,
            agreed = reconciliation.Agreed,
            inPathway = reconciliation.InPathway,
            differences = result.Differences.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count()),
        });
        await db.SaveChangesAsync(ct);
        return new(reconciliation, [], read.IgnoredColumns);
    }

    /// <summary>The past reconciliations of the actor's PLIE, latest first.</summary>
    public async Task<IReadOnlyList<ReconciliationSummary>> HistoryAsync(CancellationToken ct = default)
    {
        var all = await db.PniReconciliations.AsNoTracking().ToListAsync(ct);
        var counts = await db.ReconciliationDifferences.AsNoTracking().GroupBy(d => d.ReconciliationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. all.OrderByDescending(r => r.ImportedAt).Select(r => new ReconciliationSummary(r.Id, r.ImportedAt, r.ImportedBy, r.Channel,
            r.Agencies, r.AsOf, r.Lines, r.Agreed, r.InPathway, counts.GetValueOrDefault(r.Id), r.Sha256))];
    }

    /// <summary>A reconciliation with its differences and who they concern (one <c>person.reconciliation</c> listing line); null when not found.</summary>
    public async Task<ReconciliationView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var reconciliation = await db.PniReconciliations.AsNoTracking().Include(r => r.Differences).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (reconciliation is null) return null;
        var ids = reconciliation.Differences.Select(d => d.PersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Ref, p.Identity }).ToDictionaryAsync(p => p.Id, ct);
        var lines = reconciliation.Differences.Select(d => d.PersonId is { } pid && people.TryGetValue(pid, out var p)
                ? new DifferenceLine(d, p.Ref, p.Identity?.LastName, p.Identity?.FirstName)
                : new DifferenceLine(d, null, null, null))
            .ToLookup(l => l.Difference.Kind);
        var groups = DifferenceKinds.All.Where(k => lines.Contains(k.Code))
            .Select(k => (k, (IReadOnlyList<DifferenceLine>)[.. lines[k.Code].OrderBy(l => l.LastName, StringComparer.Ordinal).ThenBy(l => l.FirstName, StringComparer.Ordinal)
                .ThenBy(l => l.Difference.Line).ThenBy(l => l.Difference.FranceTravailId, StringComparer.Ordinal)]))
            .ToList();
        if (ids.Count > 0)
            await audit.RecordReadAsync("person.reconciliation", "person", null, reconciliation.PlieId,
                new { reconciliation = reconciliation.Id, persons = ids.Select(i => i.ToString()).ToList() }, ct);
        return new ReconciliationView(reconciliation, groups);
    }

    /// <summary>
    /// The people the list may concern: those with a France Travail id it lists, and those with an integration. Their facts
    /// up to <paramref name="asOf"/>, the PNI confirmation of their latest integration, the PNI months of its protocol.
    /// </summary>
    private async Task<List<ReconciledPerson>> PeopleAsync(Guid plieId, IReadOnlyList<PniListRow> rows, DateOnly asOf, CancellationToken ct)
    {
        var ids = rows.Select(r => r.FranceTravailId).ToList();
        var persons = await db.Persons.AsNoTracking()
            .Where(p => p.PlieId == plieId && (p.Events.Any(e => e is IntegrationEvent) || ids.Contains(p.Identity!.FranceTravailId!)))
            .Include(p => p.Identity).Include(p => p.Events).AsSplitQuery().ToListAsync(ct);
        var files = (await db.IntegrationFiles.AsNoTracking().Where(f => f.PlieId == plieId && f.PniConfirmedOn != null)
                .Select(f => new { f.PersonId, f.IntegrationDate, f.PniConfirmedOn }).ToListAsync(ct))
            .ToDictionary(f => (f.PersonId, f.IntegrationDate), f => f.PniConfirmedOn);
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct);
        return [.. persons.Select(p =>
        {
            var facts = PathwayFacts.From(p.Events.Where(e => e.Date <= asOf));
            facts = facts.WithPniConfirmed(facts.Integration is { } i ? files.GetValueOrDefault((p.Id, i.Date)) : null);
            var months = (facts.Integration is { } on ? PathwayReader.InForce(protocols, on.Date)?.PniMonths : null) ?? TrackingExports.DefaultPniMonths;
            var referral = facts.Integration is { } at
                ? facts.All.OfType<ReferralEvent>().LastOrDefault(r => r.Date <= at.Date)
                : facts.All.OfType<ReferralEvent>().LastOrDefault();
            var agency = referral is { PrescriberKind: "france_travail", PrescriberOrg: { } org } ? org.ToUpperInvariant() : null;
            return new ReconciledPerson(p.Id, p.Identity?.FranceTravailId, facts, months, agency);
        })];
    }
}
