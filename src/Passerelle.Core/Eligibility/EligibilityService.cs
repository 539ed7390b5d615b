using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// Eligibility of a stored person, or of a person given whole (command line), against their PLIE's protocol.
/// Tenant isolation comes from the context's filters: a person or protocol of another PLIE is not found.
/// </summary>
public sealed class EligibilityService(PasserelleDbContext db, AuditLog audit, EligibilityEvaluator evaluator)
{
    /// <summary>The answer for a stored person, or null when there is no such person for the actor.</summary>
    public async Task<EligibilityAnswer?> EvaluateAsync(Guid personId, DateOnly on, CancellationToken ct = default)
    {
        var person = await db.Persons.AsNoTracking()
            .Include(p => p.Identity)
            .Include(p => p.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var protocol = await ProtocolAsync(person.PlieId, on, ct)
            ?? throw new InvalidOperationException($"Le PLIE {person.PlieId} n'a pas de protocole.");
        var answer = evaluator.Evaluate(protocol.Definition, JourneyMapping.ToDto(person), on);
        // Ids only: the decision itself is personal data and stays out of the trail.
        await audit.RecordReadAsync("person.eligibility", "person", person.Id, person.PlieId, new { protocol = protocol.Id }, ct);
        return answer;
    }

    /// <summary>
    /// The answers for several stored people at once (a commission's agenda): one query for the people, one per PLIE for
    /// its protocol, one audit line per person as <see cref="EvaluateAsync"/> writes. People the actor may not see are
    /// absent from the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, EligibilityAnswer>> EvaluateManyAsync(IReadOnlyCollection<Guid> personIds, DateOnly on, CancellationToken ct = default)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, EligibilityAnswer>();
        var persons = await db.Persons.AsNoTracking()
            .Include(p => p.Identity)
            .Include(p => p.Events)
            .AsSplitQuery()
            .Where(p => ids.Contains(p.Id))
            .ToListAsync(ct);
        // The definition is parsed once per PLIE (Protocol.Definition parses its JSON on every read).
        var protocols = new Dictionary<Guid, (Guid Id, ProtocolDefinition Definition)>();
        var answers = new Dictionary<Guid, EligibilityAnswer>();
        foreach (var person in persons)
        {
            if (!protocols.TryGetValue(person.PlieId, out var protocol))
            {
                var found = await ProtocolAsync(person.PlieId, on, ct)
                    ?? throw new InvalidOperationException($"Le PLIE {person.PlieId} n'a pas de protocole.");
                protocols[person.PlieId] = protocol = (found.Id, found.Definition);
            }
            answers[person.Id] = evaluator.Evaluate(protocol.Definition, JourneyMapping.ToDto(person), on);
            audit.Record("person.eligibility", "person", person.Id, person.PlieId, new { protocol = protocol.Id });
        }
        if (answers.Count > 0) await db.SaveChangesAsync(ct);
        return answers;
    }

    /// <summary>The protocol a PLIE applies on <paramref name="on"/> (as <see cref="EvaluateAsync"/> chooses it), or null when it has none.</summary>
    public Task<Protocol?> ProtocolInForceAsync(Guid plieId, DateOnly on, CancellationToken ct = default) => ProtocolAsync(plieId, on, ct);

    /// <summary>The protocol the PLIE with this code applies on <paramref name="on"/>, or null when no PLIE has the code.</summary>
    public async Task<ProtocolDefinition?> ProtocolOfAsync(string plieCode, DateOnly on, CancellationToken ct = default)
    {
        var plie = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Code == plieCode && o.Kind == OrganisationKind.Plie, ct);
        if (plie is null) return null;
        return (await ProtocolAsync(plie.Id, on, ct))?.Definition
            ?? throw new InvalidOperationException($"Le PLIE « {plieCode} » n'a pas de protocole.");
    }

    /// <summary>
    /// The protocol in force on the date; failing that, the latest one begun before it (a PLIE keeps applying its
    /// last protocol until the next is entered), or else the first one to come.
    /// </summary>
    private async Task<Protocol?> ProtocolAsync(Guid plieId, DateOnly on, CancellationToken ct)
    {
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct);
        return protocols.Where(p => p.ValidFrom <= on && on <= p.ValidTo).MaxBy(p => p.ValidFrom)
            ?? protocols.Where(p => p.ValidFrom <= on).MaxBy(p => p.ValidFrom)
            ?? protocols.MinBy(p => p.ValidFrom);
    }
}
