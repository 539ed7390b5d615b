using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Sorts the lines of a list (issue 3 items 1-2): the look-ups run by batches for the whole list (duplicates, the
/// referrals already imported, their sheets), never one query per line. For each line, in this order:
/// <list type="number">
/// <item>a person of the PLIE with the same France Travail id and agreeing names who already has a referral from that
///   agency on that prescription date: the same referral imported before — updated, or unchanged;</item>
/// <item>exactly one person of the PLIE with the same France Travail id and agreeing names: a new referral attached;</item>
/// <item>any other suspicion (same names and birth date, a France Travail id borne by someone under another name, an
///   active pathway in another PLIE): the user decides;</item>
/// <item>nobody: a new person.</item>
/// </list>
/// </summary>
internal sealed class ReferralListPlanner(PasserelleDbContext db, DuplicateFinder finder)
{
    private const int Chunk = 500;

    public async Task PlanAsync(Guid plieId, IReadOnlyList<ReferralListEntry> entries, CancellationToken ct)
    {
        var probes = entries.Select(e => new IdentityProbe(e.Person.LastName!, e.Person.FirstName!, e.Person.BirthName, e.Person.BirthDate!.Value, e.Person.FranceTravailId)).ToList();
        var reports = await finder.FindAsync(probes, plieId, ct);
        var candidates = reports.SelectMany(r => r.Candidates).Select(c => c.PersonId).Distinct().ToList();
        var persons = await PersonsAsync(plieId, candidates, ct);
        var referrals = await ReferralsAsync(plieId, reports.SelectMany(r => r.Candidates).Where(c => c.CanAttach).Select(c => c.PersonId).Distinct().ToList(), ct);
        var previous = new List<(ReferralListEntry Entry, Guid Person, ReferralEvent Referral)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, report) = (entries[i], reports[i]);
            entry.Report = report;
            entry.Candidates = [.. report.Candidates.Select(c => new ReferralListCandidate(c.PersonId, persons[c.PersonId].Ref, c.Reasons, c.State))];
            foreach (var c in report.Candidates.Where(c => c.CanAttach))
                if (referrals.TryGetValue((c.PersonId, entry.Fact.PrescriberOrg!, entry.Fact.Date!.Value), out var referral))
                    previous.Add((entry, c.PersonId, referral));
        }
        var sheets = await SheetsAsync(plieId, previous.Select(p => p.Referral.Id).Distinct().ToList(), ct);
        foreach (var (entry, person, referral) in previous)
            entry.Previous[person] = (referral.Id, ReferralListValues.Differ(referral.Channel, sheets.GetValueOrDefault(referral.Id), persons[person].BirthName,
                entry.Person, entry.Fact.Channel!));

        foreach (var entry in entries)
        {
            var same = entry.Report.Candidates.Where(c => c.Reasons.HasFlag(DuplicateReasons.FranceTravailId)).Select(c => c.PersonId).ToList();
            var imported = same.Where(entry.Previous.ContainsKey).ToList();
            if (imported.Count == 1) Resolve(entry, imported[0]);
            else if (imported.Count == 0 && same.Count == 1) Resolve(entry, same[0]);
            else if (entry.Report.Any) (entry.Action, entry.Suspected) = (ReferralListAction.Decide, true);
            else entry.Action = ReferralListAction.Create;
        }
    }

    /// <summary>The line goes to <paramref name="person"/>: an update of the referral imported before, or a new one attached.</summary>
    public static void Resolve(ReferralListEntry entry, Guid person)
    {
        entry.Target = person;
        if (entry.Previous.TryGetValue(person, out var previous))
            (entry.Action, entry.Referral) = (previous.Differs ? ReferralListAction.Update : ReferralListAction.Unchanged, previous.Referral);
        else entry.Action = ReferralListAction.Attach;
    }

    private async Task<Dictionary<Guid, (string Ref, string? BirthName)>> PersonsAsync(Guid plieId, List<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, (string, string?)>();
        foreach (var chunk in ids.Chunk(Chunk))
            foreach (var p in await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => p.PlieId == plieId && chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Ref, p.Identity!.BirthName }).ToListAsync(ct))
                found[p.Id] = (p.Ref, p.BirthName);
        return found;
    }

    /// <summary>The referrals of these people by (person, prescribing organisation, date).</summary>
    private async Task<Dictionary<(Guid, string, DateOnly), ReferralEvent>> ReferralsAsync(Guid plieId, List<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<(Guid, string, DateOnly), ReferralEvent>();
        foreach (var chunk in ids.Chunk(Chunk))
            foreach (var r in await db.JourneyEvents.IgnoreQueryFilters().AsNoTracking().OfType<ReferralEvent>()
                .Where(e => e.PlieId == plieId && chunk.Contains(e.PersonId) && e.PrescriberOrg != null).ToListAsync(ct))
                found.TryAdd((r.PersonId, r.PrescriberOrg!, r.Date), r);
        return found;
    }

    private async Task<Dictionary<Guid, ReferralSheet>> SheetsAsync(Guid plieId, List<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, ReferralSheet>();
        foreach (var chunk in ids.Chunk(Chunk))
            foreach (var s in await db.ReferralSheets.IgnoreQueryFilters().AsNoTracking().Where(s => s.PlieId == plieId && chunk.Contains(s.Id)).ToListAsync(ct))
                found[s.Id] = s;
        return found;
    }
}
