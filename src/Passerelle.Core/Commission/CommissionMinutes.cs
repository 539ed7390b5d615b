using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;

namespace Passerelle.Core.Commission;

/// <summary>
/// The session's minutes as a DOCX file (<see cref="MinutesDocument"/>). Every person named in them leaves a
/// <c>person.minutes</c> audit line, written before the file leaves. Null when the session is not found for the actor.
/// </summary>
public sealed class CommissionMinutes(PasserelleDbContext db, CommissionSessions sessions, EligibilityService eligibility, AuditLog audit)
{
    public async Task<(byte[] Content, string FileName)?> BuildAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (await sessions.LoadAsync(sessionId, ct) is not { } agenda) return null;
        var session = agenda.Session;
        var plie = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == session.PlieId, ct);
        var protocol = (await eligibility.ProtocolInForceAsync(session.PlieId, session.Date, ct))?.Definition;
        var label = session.Kind == CommissionCodes.List || protocol is null
            ? CommissionCodes.Label(CommissionCodes.SessionKinds, session.Kind)
            : protocol.Commission.Name;
        var emails = agenda.Lines.Select(l => l.Item.Referent).OfType<string>().Select(e => e.ToUpperInvariant()).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => u.OrganisationId == session.PlieId && emails.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync(ct);
        var referentNames = names.Where(n => n.Email is not null)
            .ToDictionary(n => n.Email!, n => string.IsNullOrWhiteSpace(n.DisplayName) ? n.Email! : $"{n.DisplayName} ({n.Email})", StringComparer.OrdinalIgnoreCase);
        var content = MinutesDocument.Build(plie.Name, label, agenda, protocol?.Pathway.PniMonths, referentNames);
        foreach (var line in agenda.Lines.Where(l => l.Item.Decision is not null))
            audit.Record("person.minutes", "person", line.Item.PersonId, session.PlieId, new { session = session.Id });
        await db.SaveChangesAsync(ct);
        return (content, $"proces-verbal-{session.Kind}-{CommissionText.Iso(session.Date)}.docx");
    }
}
