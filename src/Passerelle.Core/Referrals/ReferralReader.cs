using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Referrals;

/// <summary>
/// What a prescriber may read of the PLIE: the people its organisation referred, with the status of each referral, and
/// the fiches it sent — nothing else (issue 3 item 1). A dedicated read: the tenant filters would show a prescriber no
/// one, so this reader lifts them and restricts every query to the referrals whose <c>prescriberOrg</c> is the actor's
/// own organisation code. A fiche of another organisation answers null, exactly like one that does not exist. Every
/// person listed or fiche opened leaves an audit line.
/// </summary>
public sealed class ReferralReader(PasserelleDbContext db, ActorContext actor, AuditLog audit, CommuneReferential communes)
{
    /// <summary>The most lines "Mes orientations" shows at once (newest first).</summary>
    public const int MaxLines = 500;

    /// <param name="since">The earliest referral date listed; null for all.</param>
    public async Task<IReadOnlyList<ReferralListItem>> ListAsync(DateOnly? since, CancellationToken ct = default)
    {
        if (await OwnCodeAsync(ct) is not { } code) return [];
        var plies = await PliesAsync(ct);
        var ids = plies.Keys.ToList();
        var referrals = await Events().OfType<ReferralEvent>()
            .Where(r => ids.Contains(r.PlieId) && r.PrescriberOrg == code && (since == null || r.Date >= since))
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt).Take(MaxLines).ToListAsync(ct);
        if (referrals.Count == 0) return [];
        var people = referrals.Select(r => r.PersonId).Distinct().ToList();
        var journeys = new List<JourneyEvent>();
        var names = new Dictionary<Guid, PersonIdentity>();
        foreach (var chunk in people.Chunk(500))
        {
            journeys.AddRange(await Events().Where(e => ids.Contains(e.PlieId) && chunk.Contains(e.PersonId)).ToListAsync(ct));
            foreach (var i in await db.PersonIdentities.IgnoreQueryFilters().AsNoTracking()
                         .Where(i => ids.Contains(i.PlieId) && chunk.Contains(i.PersonId)).ToListAsync(ct))
                names[i.PersonId] = i;
        }
        var referralIds = referrals.Select(r => r.Id).ToList();
        var sheets = (await db.ReferralSheets.IgnoreQueryFilters().AsNoTracking()
            .Where(s => ids.Contains(s.PlieId) && referralIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var byPerson = journeys.ToLookup(e => e.PersonId);

        foreach (var person in referrals.DistinctBy(r => r.PersonId)) audit.Record("referral.list", "person", person.PersonId, person.PlieId);
        await db.SaveChangesAsync(ct);
        return referrals.Select(r =>
        {
            var identity = names.GetValueOrDefault(r.PersonId);
            return new ReferralListItem(r.Id, plies[r.PlieId], r.Date, r.Channel, identity?.LastName, identity?.FirstName, identity?.BirthDate,
                ReferralStatus.Of(byPerson[r.PersonId], r), sheets.Contains(r.Id));
        }).ToList();
    }

    /// <summary>
    /// A fiche sent through Passerelle, for its prescribing organisation (or for the PLIE's own readers); null otherwise.
    /// <paramref name="format"/> (<c>html</c>, <c>docx</c>) goes to the audit line.
    /// </summary>
    public async Task<ReferralSheetView?> SheetAsync(Guid referralId, string format, CancellationToken ct = default)
    {
        var plies = await PliesAsync(ct);
        var ids = plies.Keys.ToList();
        var sheet = await db.ReferralSheets.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => ids.Contains(s.PlieId) && s.Id == referralId, ct);
        if (sheet is null) return null;
        var referral = await Events().OfType<ReferralEvent>().SingleAsync(r => r.PlieId == sheet.PlieId && r.Id == referralId, ct);
        if (!await MayReadAsync(referral, ct)) return null;
        var identity = await db.PersonIdentities.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.PlieId == sheet.PlieId && i.PersonId == sheet.PersonId, ct);
        var prescriber = await db.Organisations.AsNoTracking().Where(o => o.Id == sheet.PrescriberOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
        var retention = await RetentionAsync(sheet.PlieId, referral.Date, ct);
        await audit.RecordReadAsync("referral.read", "person", sheet.PersonId, sheet.PlieId, new { referral = referral.Id, format }, ct);
        var prescriberName = prescriber ?? Codes.Label(Codes.PrescriberKinds, referral.PrescriberKind);
        return new ReferralSheetView
        {
            ReferralId = referral.Id,
            PlieName = plies[sheet.PlieId],
            PrescriberName = prescriberName,
            PrescriberKind = referral.PrescriberKind,
            PrescriberOrg = referral.PrescriberOrg,
            Date = referral.Date,
            Channel = referral.Channel,
            SentAt = sheet.SentAt,
            LastName = identity?.LastName,
            FirstName = identity?.FirstName,
            BirthName = identity?.BirthName,
            BirthDate = identity?.BirthDate,
            FranceTravailId = identity?.FranceTravailId,
            Sex = sheet.Sex,
            CommuneInsee = sheet.CommuneInsee,
            CommuneName = communes.FindCurrent(sheet.CommuneInsee)?.Name,
            Situation = SituationMapping.ToDto(sheet.Situation),
            Notice = ReferralNotice.For(plies[sheet.PlieId], prescriberName, referral.PrescriberKind, retention),
        };
    }

    /// <summary>The notice a fiche to <paramref name="plieCode"/> will carry, for the form, before anything is sent.</summary>
    public async Task<ReferralNotice?> NoticeAsync(string plieCode, string prescriberName, string prescriberKind, DateOnly on, CancellationToken ct = default)
    {
        var plie = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == plieCode && o.Kind == OrganisationKind.Plie, ct);
        return plie is null ? null : ReferralNotice.For(plie.Name, prescriberName, prescriberKind, await RetentionAsync(plie.Id, on, ct));
    }

    /// <summary>The communes of a PLIE's territory (its protocol in force), for the form's list; empty when unknown.</summary>
    public async Task<IReadOnlyList<Commune>> TerritoryAsync(string plieCode, DateOnly on, CancellationToken ct = default)
    {
        var plie = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == plieCode && o.Kind == OrganisationKind.Plie, ct);
        if (plie is null || await ProtocolAsync(plie.Id, on, ct) is not { } protocol) return [];
        return [.. communes.ResolveTerritory(protocol.Territory).Select(c => communes.Find(c)!).OrderBy(c => c.Name, StringComparer.Create(new("fr-FR"), true))];
    }

    private IQueryable<JourneyEvent> Events() => db.JourneyEvents.IgnoreQueryFilters().AsNoTracking();

    private async Task<bool> MayReadAsync(ReferralEvent referral, CancellationToken ct)
    {
        if (actor.AllPlies) return true;
        if (actor.PlieId == referral.PlieId && actor.Can(Permission.ReadPersons)) return true;
        return actor.Can(Permission.ReferPersons) && await OwnCodeAsync(ct) is { } code && code == referral.PrescriberOrg;
    }

    /// <summary>The actor's organisation code, when the actor is a prescriber.</summary>
    private async Task<string?> OwnCodeAsync(CancellationToken ct) =>
        actor.OrganisationId is { } id && actor.Can(Permission.ReferPersons)
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Code).SingleOrDefaultAsync(ct)
            : null;

    private async Task<Dictionary<Guid, string>> PliesAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    private async Task<Retention?> RetentionAsync(Guid plieId, DateOnly on, CancellationToken ct) =>
        (await ProtocolAsync(plieId, on, ct))?.Retention;

    /// <summary>The protocol in force on the date, else the latest begun before it, else the first (as <see cref="EligibilityService"/>).</summary>
    private async Task<ProtocolDefinition?> ProtocolAsync(Guid plieId, DateOnly on, CancellationToken ct)
    {
        // Protocols are the PLIE's published rules, not personal data: a prescriber reads its notice and territory.
        var protocols = await db.Protocols.IgnoreQueryFilters().AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct);
        var protocol = protocols.Where(p => p.ValidFrom <= on && on <= p.ValidTo).MaxBy(p => p.ValidFrom)
            ?? protocols.Where(p => p.ValidFrom <= on).MaxBy(p => p.ValidFrom)
            ?? protocols.MinBy(p => p.ValidFrom);
        return protocol?.Definition;
    }
}
