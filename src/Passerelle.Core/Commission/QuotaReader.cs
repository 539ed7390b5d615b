using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Commission;

/// <summary>
/// The protocol's quotas measured on the current year for the actor's PLIE: on the people referred in the year when the
/// quota's base is <c>referrals</c> (COV: « le public DELD/DETLD représentant moins de 50 % des orientations »), on the
/// people integrated in the year otherwise (Martigues: « au minimum 60 % des publics accompagnés »; the year's entries
/// show whether the commission keeps the share). The criterion is read on the person's recorded situation. Counts only,
/// no names: no audit line.
/// </summary>
public sealed class QuotaReader(PasserelleDbContext db, ActorContext actor, EligibilityService eligibility)
{
    private static readonly Dictionary<string, System.Linq.Expressions.Expression<Func<Person, bool>>> Criteria = new(StringComparer.Ordinal)
    {
        ["rsa"] = p => p.Situation.Rsa,
        ["ass"] = p => p.Situation.Ass,
        ["aah"] = p => p.Situation.Aah,
        ["rqth"] = p => p.Situation.Rqth,
        ["qpv"] = p => p.Situation.Qpv,
        ["longTermUnemployed"] = p => p.Situation.LongTermUnemployed,
        ["singleParent"] = p => p.Situation.SingleParent,
    };

    public async Task<IReadOnlyList<QuotaStatus>> ForYearAsync(int year, DateOnly today, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId) return [];
        var protocol = (await eligibility.ProtocolInForceAsync(plieId, today, ct))?.Definition;
        if (protocol is null || protocol.Quotas.Count == 0) return [];
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var result = new List<QuotaStatus>();
        foreach (var quota in protocol.Quotas)
        {
            var criterion = Criteria.GetValueOrDefault(quota.Criterion)
                ?? throw new InvalidOperationException($"Protocole {protocol.Preset}, quota « {quota.Id} » : critère inconnu « {quota.Criterion} ».");
            var ids = quota.Base == "referrals"
                ? db.JourneyEvents.OfType<ReferralEvent>().Where(e => e.Date >= from && e.Date <= to).Select(e => e.PersonId)
                : db.JourneyEvents.OfType<IntegrationEvent>().Where(e => e.Date >= from && e.Date <= to).Select(e => e.PersonId);
            var people = db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id));
            result.Add(new QuotaStatus(quota, year, await people.CountAsync(criterion, ct), await people.CountAsync(ct)));
        }
        return result;
    }
}
