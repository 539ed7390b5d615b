using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Tracking;

/// <summary>
/// The monthly tracking table for France Travail (issue 5 item 2; 000 art. 3-4 b and art. 6, data convention annexes C-D;
/// 001 art. 5, annexes 1-2; 002 art. 6): read from the journey facts of the people the partner referred, with the columns
/// the convention allows, written as XLSX and CSV in an AES-256 zip, and kept in the register of tables sent with its
/// SHA-256. The deadline (« avant le 7 du mois suivant ») is read from that register (<see cref="DueAsync"/>).
/// </summary>
public sealed class TrackingExports(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>The PNI delegation's length when the protocol does not say (000 art. 6, 002 art. 6: 24 months).</summary>
    public const int DefaultPniMonths = 24;

    /// <summary>How many past months the reminder looks back on.</summary>
    public const int ReminderMonths = 3;

    /// <summary>
    /// Produces and registers the table of <paramref name="month"/> for a convention, encrypted with
    /// <paramref name="passphrase"/> (or a generated one). Null when the convention is not found.
    /// </summary>
    public async Task<TrackingResult?> ProduceAsync(Guid conventionId, TrackingMonth month, string? passphrase = null, CancellationToken ct = default)
    {
        var convention = await db.Conventions.AsNoTracking().Include(c => c.Correspondents).SingleOrDefaultAsync(c => c.Id == conventionId, ct);
        if (convention is null) return null;
        var errors = new List<FieldError>();
        var today = Today();
        if (convention.Kind != ConventionCodes.DataExchange)
            errors.Add(new("convention", "seule une convention d'échange de données dit quelles données peuvent être transmises : choisissez-en une."));
        if (month.Last >= today)
            errors.Add(new("month", $"le mois de {month.Label} n'est pas terminé : son tableau se produit à partir du {month.Last.AddDays(1):dd/MM/yyyy}."));
        if (month.Last < convention.StartsOn || month.First > convention.EndsOn)
            errors.Add(new("month", $"{month.Label} est hors de la période de la convention (du {convention.StartsOn:dd/MM/yyyy} au {convention.EndsOn:dd/MM/yyyy})."));
        if (passphrase is not null && passphrase.Length < Passphrases.MinLength)
            errors.Add(new("password", $"phrase de passe trop courte ({passphrase.Length} caractères) : {Passphrases.MinLength} au moins."));
        if (errors.Count > 0) return new TrackingResult(null, errors);

        var partner = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == convention.PartnerId, ct);
        var plie = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == convention.PlieId, ct);
        var table = await BuildAsync(convention, partner.Code, month, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var stem = $"tableau-de-suivi-{plie.Code}-{partner.Code}-{month}".ToLowerInvariant();
        passphrase ??= Passphrases.Generate();
        var zip = TrackingFiles.Zip(table, stem, passphrase, now);
        var dispatch = new TrackingDispatch
        {
            PlieId = convention.PlieId,
            ConventionId = convention.Id,
            Month = month.First,
            PartnerCode = partner.Code,
            ProducedAt = now,
            ProducedBy = actor.UserId,
            Channel = actor.Channel.ToString().ToLowerInvariant(),
            Recipients = Recipients(convention, partner),
            Rows = table.Rows.Count,
            Sha256 = TrackingFiles.Sha256(zip),
            FileName = stem + ".zip",
            Content = zip,
        };
        db.TrackingDispatches.Add(dispatch);
        audit.Record("tracking.produce", "tracking_dispatch", dispatch.Id, convention.PlieId,
            new { convention = convention.Id, month = month.ToString(), partner = partner.Code, rows = table.Rows.Count, sha256 = dispatch.Sha256 });
        if (table.PersonIds.Count > 0) audit.Record("person.tracking", "person", null, convention.PlieId, AuditListing.Detail(table.PersonIds));
        await db.SaveChangesAsync(ct);
        return new TrackingResult(new TrackingProduced(dispatch, passphrase), []);
    }

    /// <summary>The table of <paramref name="month"/> for a convention, without writing anything (no audit: nothing leaves).</summary>
    public async Task<TrackingTable> BuildAsync(Convention convention, string partnerCode, TrackingMonth month, CancellationToken ct = default)
    {
        var columns = TrackingLayout.For(convention.AllowedItems);
        var plieId = convention.PlieId;
        var upper = partnerCode.ToUpperInvariant();
        var referred = db.JourneyEvents.OfType<ReferralEvent>()
            .Where(r => r.PlieId == plieId && r.PrescriberOrg != null && r.PrescriberOrg.ToUpper() == upper).Select(r => r.PersonId);
        var persons = await db.Persons.AsNoTracking().Where(p => p.PlieId == plieId && referred.Contains(p.Id))
            .Include(p => p.Identity).Include(p => p.Events).AsSplitQuery().ToListAsync(ct);
        var files = (await db.IntegrationFiles.AsNoTracking().Where(f => f.PlieId == plieId && f.PniConfirmedOn != null)
                .Select(f => new { f.PersonId, f.IntegrationDate, f.PniConfirmedOn }).ToListAsync(ct))
            .ToDictionary(f => (f.PersonId, f.IntegrationDate), f => f.PniConfirmedOn);
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == plieId).ToListAsync(ct);
        var people = persons.Select(p =>
        {
            var integration = p.Events.OfType<IntegrationEvent>().Where(i => i.Date <= month.Last).MaxBy(i => i.Date)?.Date;
            var confirmed = integration is { } d ? files.GetValueOrDefault((p.Id, d)) : null;
            var months = (integration is { } on ? PathwayReader.InForce(protocols, on)?.PniMonths : null) ?? DefaultPniMonths;
            return new TrackingPerson(p, confirmed, months);
        });
        return TrackingLayout.Build(people, partnerCode, month, columns);
    }

    /// <summary>The register of tables sent by the actor's PLIE, latest first.</summary>
    public async Task<IReadOnlyList<TrackingRegisterLine>> RegisterAsync(CancellationToken ct = default) =>
        (await db.TrackingDispatches.AsNoTracking()
            .Select(d => new { d.Id, d.ConventionId, d.Month, d.PartnerCode, d.ProducedAt, d.ProducedBy, d.Channel, d.Recipients, d.Rows, d.Sha256, d.FileName })
            .ToListAsync(ct))
        .OrderByDescending(d => d.ProducedAt)
        .Select(d => new TrackingRegisterLine(d.Id, d.ConventionId, d.Month, d.PartnerCode, d.ProducedAt, d.ProducedBy, d.Channel, d.Recipients, d.Rows, d.Sha256, d.FileName))
        .ToList();

    /// <summary>The encrypted file of a registered table, audited; null when not found.</summary>
    public async Task<(byte[] Content, string FileName)?> FileAsync(Guid dispatchId, CancellationToken ct = default)
    {
        var dispatch = await db.TrackingDispatches.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dispatchId, ct);
        if (dispatch is null) return null;
        await audit.RecordReadAsync("tracking.download", "tracking_dispatch", dispatch.Id, dispatch.PlieId, new { sha256 = dispatch.Sha256 }, ct);
        return (dispatch.Content, dispatch.FileName);
    }

    /// <summary>
    /// The months of monthly data-exchange conventions whose table is not in the register: the last
    /// <see cref="ReminderMonths"/> ended months within each convention's period, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<TrackingDue>> DueAsync(DateOnly today, CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking()
            .Where(c => c.Kind == ConventionCodes.DataExchange && c.Frequency == ConventionCodes.Monthly).ToListAsync(ct);
        if (conventions.Count == 0) return [];
        var from = TrackingMonth.Of(today).First.AddMonths(-ReminderMonths);
        var sent = (await db.TrackingDispatches.AsNoTracking().Where(d => d.Month >= from).Select(d => new { d.ConventionId, d.Month }).ToListAsync(ct))
            .Select(d => (d.ConventionId, d.Month)).ToHashSet();
        var partners = await db.Organisations.AsNoTracking().Where(o => conventions.Select(c => c.PartnerId).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var due = new List<TrackingDue>();
        foreach (var c in conventions)
        {
            for (var month = TrackingMonth.Of(from); month.First < TrackingMonth.Of(today).First; month = month.Next)
            {
                if (month.Last < c.StartsOn || month.First > c.EndsOn || sent.Contains((c.Id, month.First))) continue;
                var before = month.DueBefore(c.DueBeforeDay);
                due.Add(new TrackingDue(c.Id, c.Title, partners.GetValueOrDefault(c.PartnerId) ?? "", month, before, today >= before));
            }
        }
        return [.. due.OrderBy(d => d.Month.First).ThenBy(d => d.ConventionTitle)];
    }

    /// <summary>The data-exchange conventions of a PLIE (by code) in force during <paramref name="month"/>, with their partner's code.</summary>
    public async Task<IReadOnlyList<(Convention Convention, string PartnerCode)>> ConventionsAsync(Guid plieId, TrackingMonth month, CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking()
            .Where(c => c.PlieId == plieId && c.Kind == ConventionCodes.DataExchange && c.StartsOn <= month.Last && c.EndsOn >= month.First)
            .ToListAsync(ct);
        var partners = await db.Organisations.AsNoTracking().Where(o => conventions.Select(c => c.PartnerId).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        return [.. conventions.Select(c => (c, partners[c.PartnerId])).OrderBy(c => c.Item2)];
    }

    /// <summary>The partner's operational correspondents (else every correspondent on its side, else the partner itself).</summary>
    private static List<string> Recipients(Convention convention, Organisation partner)
    {
        var side = convention.Correspondents.Where(c => c.Side == "partner").ToList();
        var chosen = side.Where(c => c.Role == "operational").ToList();
        if (chosen.Count == 0) chosen = side;
        return chosen.Count == 0 ? [partner.Name] : [.. chosen.Select(c => $"{ConventionCodes.Roles[c.Role]} – {c.Organisation}")];
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
