using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// Handing a referent's people over to another referent: « en cas d'absence prolongée de l'accompagnateur(ice)-emploi,
/// désigner un nouveau référent unique » (000 art. 3-4 b, 002 art. 3-3). Each chosen person gets a <c>referent_change</c>
/// fact (docs/journey-format.md) through <see cref="JourneyRecorder"/>; the whole handover is one transaction: all the
/// chosen people change referent, or none does.
/// </summary>
public sealed class Handovers(PasserelleDbContext db, JourneyRecorder recorder, AuditLog audit, ActorContext actor)
{
    /// <summary>The people in pathway whose referent is <paramref name="referentEmail"/>; one <c>person.handover</c> line each.</summary>
    public async Task<IReadOnlyList<HandoverPerson>> PeopleOfAsync(string referentEmail, CancellationToken ct = default)
    {
        var facts = await db.JourneyEvents.AsNoTracking()
            .Where(e => e is IntegrationEvent || e is ReferentChangeEvent || e is ExitEvent).ToListAsync(ct);
        var theirs = facts.GroupBy(e => e.PersonId).Select(g => PathwayFacts.From(g))
            .Where(f => f.InPathway && string.Equals(f.Referent, referentEmail, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.Integration!.PersonId, f => f.Integration!);
        var ids = theirs.Keys.ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.PlieId, p.Ref, p.Identity!.LastName, p.Identity.FirstName }).ToListAsync(ct);
        foreach (var p in people) audit.Record("person.handover", "person", p.Id, p.PlieId);
        if (people.Count > 0) await db.SaveChangesAsync(ct);
        return [.. people.Select(p => new HandoverPerson(p.Id, p.Ref, p.LastName, p.FirstName, theirs[p.Id].Date))
            .OrderBy(p => p.LastName ?? p.Ref, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];
    }

    /// <summary>
    /// Records, for each person, that <paramref name="to"/> follows them from <paramref name="date"/> for
    /// <paramref name="reason"/> (a code of <see cref="Codes.ReferentChangeReasons"/>, <c>absence</c> for an absence).
    /// Refused whole, nothing written, when the referent is not one of the PLIE or a person's fact is refused.
    /// </summary>
    public async Task<CommissionOutcome> HandOverAsync(IReadOnlyCollection<Guid> personIds, string? to, DateOnly date, string reason, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId) return CommissionOutcome.Refused(new FactError("", "Seul un utilisateur d'un PLIE peut confier des personnes."));
        var errors = new List<FactError>();
        if (personIds.Count == 0) errors.Add(new("persons", "Cochez au moins une personne à confier."));
        var referent = string.IsNullOrWhiteSpace(to) ? null
            : await PlieReferents.WithEmail(db, plieId, to).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (referent is null) errors.Add(new("to", "Choisissez le ou la référent·e qui reprend le suivi, parmi les référents actifs du PLIE."));
        if (errors.Count > 0) return CommissionOutcome.Refused(errors);

        var refs = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Ref, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in personIds.Distinct())
        {
            var fact = new JourneyEventDto { Type = "referent_change", Date = date, Referent = referent, Reason = reason };
            var result = await recorder.RecordAsync(id, fact, ct);
            if (result is { Succeeded: true }) continue;
            var who = refs.TryGetValue(id, out var r) ? $"Personne {r}" : "Personne introuvable";
            errors.AddRange(result?.Errors.Select(e => new FactError(e.Field, $"{who} : {e.Message}")) ?? [new FactError("", who + ".")]);
        }
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return CommissionOutcome.Refused(errors);
        }
        await tx.CommitAsync(ct);
        return new CommissionOutcome(null, []);
    }
}
