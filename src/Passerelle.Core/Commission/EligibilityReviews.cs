using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>
/// Eligibility as the referent and the commission see it: the protocol's rules evaluated by <see cref="EligibilityService"/>
/// (never re-implemented here), each with its label and source, and the referent's recorded judgements on the rules that
/// need one (<see cref="EligibilityReview"/>). Tenant filters apply: a person of another PLIE is not found.
/// </summary>
public sealed class EligibilityReviews(PasserelleDbContext db, EligibilityService eligibility, AuditLog audit, ActorContext actor, TimeProvider clock)
{
    /// <summary>The person's eligibility on <paramref name="on"/>, or null when there is no such person for the actor.</summary>
    public async Task<PersonEligibility?> GetAsync(Guid personId, DateOnly on, CancellationToken ct = default) =>
        (await ForManyAsync([personId], on, ct)).GetValueOrDefault(personId);

    /// <summary>The eligibility of several people (an agenda), one audit line per person (<c>person.eligibility</c>).</summary>
    public async Task<IReadOnlyDictionary<Guid, PersonEligibility>> ForManyAsync(IReadOnlyCollection<Guid> personIds, DateOnly on, CancellationToken ct = default)
    {
        var answers = await eligibility.EvaluateManyAsync(personIds, on, ct);
        if (answers.Count == 0) return new Dictionary<Guid, PersonEligibility>();
        var ids = answers.Keys.ToList();
        var plies = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.PlieId }).ToDictionaryAsync(p => p.Id, p => p.PlieId, ct);
        var reviews = (await db.EligibilityReviews.AsNoTracking().Where(r => ids.Contains(r.PersonId)).ToListAsync(ct))
            .GroupBy(r => (r.PersonId, r.RuleId)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReviewedAt).Last());
        var reviewerIds = reviews.Values.Select(r => r.ReviewedBy).OfType<Guid>().Distinct().ToList();
        var reviewers = await db.Users.AsNoTracking().Where(u => reviewerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, ct);
        var protocols = new Dictionary<Guid, ProtocolDefinition>();
        var result = new Dictionary<Guid, PersonEligibility>();
        foreach (var (id, answer) in answers)
        {
            var plieId = plies[id];
            if (!protocols.TryGetValue(plieId, out var protocol))
                protocols[plieId] = protocol = (await eligibility.ProtocolInForceAsync(plieId, on, ct))!.Definition;
            var rules = protocol.Eligibility.ToDictionary(r => r.Id);
            result[id] = new PersonEligibility(id, on, protocol.Name, [.. answer.Rules.Select(r => new RuleView(
                r.Id, rules[r.Id].Label, rules[r.Id].Source, rules[r.Id].Mandatory, r.Passed, r.Detail,
                r.Passed is null ? reviews.GetValueOrDefault((id, r.Id)) : null,
                r.Passed is null && reviews.GetValueOrDefault((id, r.Id))?.ReviewedBy is { } by ? reviewers.GetValueOrDefault(by) : null))]);
        }
        return result;
    }

    /// <summary>
    /// Records the referent's judgements (rule id → met or not) on the rules of the person's protocol that need one, on
    /// <paramref name="on"/>. Answers the problems and writes nothing when a rule is unknown or needs no judgement; null
    /// when there is no such person for the actor.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ReviewAsync(Guid personId, DateOnly on, IReadOnlyDictionary<string, bool> judgements, CancellationToken ct = default)
    {
        if (await GetAsync(personId, on, ct) is not { } current) return null;
        var errors = judgements.Keys.Where(id => current.Rules.SingleOrDefault(r => r.Id == id) is not { Judged: true })
            .Select(id => $"critère « {id} » : inconnu du protocole ou établi par les données (rien à confirmer).").ToList();
        if (judgements.Count == 0) errors.Add("aucun critère à confirmer n'a été renseigné.");
        if (errors.Count > 0) return errors;
        var plieId = await db.Persons.Where(p => p.Id == personId).Select(p => p.PlieId).SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (rule, met) in judgements)
        {
            db.EligibilityReviews.Add(new EligibilityReview
            {
                PlieId = plieId,
                PersonId = personId,
                RuleId = rule,
                Met = met,
                On = on,
                ReviewedBy = actor.UserId,
                ReviewedAt = now,
            });
        }
        // The rule ids say what was judged; the judgement itself is personal data and stays out of the trail.
        audit.Record("person.eligibility.review", "person", personId, plieId, new { rules = judgements.Keys.Order(StringComparer.Ordinal).ToList() });
        await db.SaveChangesAsync(ct);
        return [];
    }
}
