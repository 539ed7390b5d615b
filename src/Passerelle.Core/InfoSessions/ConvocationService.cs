using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// Convocation lists: the PLIE's people who were referred (a referral fact) are convoked to a session under a
/// convocation number, within its capacity (COV: "environ 20 à 30 par mois", seed 001 art. 2-2). A person or session of
/// another PLIE is not found, like a missing one.
/// </summary>
public sealed class ConvocationService(PasserelleDbContext db, PersonReader reader, AuditLog audit, TimeProvider clock)
{
    /// <summary>People matching <paramref name="search"/> (audited by the person search), each with what prevents convoking them.</summary>
    public async Task<IReadOnlyList<Candidate>?> CandidatesAsync(Guid sessionId, PersonSearch search, CancellationToken ct = default)
    {
        var session = await db.InfoSessions.AsNoTracking().Include(s => s.Convocations).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var found = await reader.SearchAsync(search, ct);
        var ids = found.Select(p => p.Id).ToList();
        var referred = await db.JourneyEvents.AsNoTracking().OfType<ReferralEvent>()
            .Where(e => ids.Contains(e.PersonId)).Select(e => e.PersonId).Distinct().ToListAsync(ct);
        return [.. found.Select(p => new Candidate(p, Obstacle(session, p.Id, referred.Contains(p.Id))))];
    }

    public async Task<Outcome?> ConvokeAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.InfoSessions.Include(s => s.Convocations).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var person = await db.Persons.AsNoTracking().Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return Outcome.Refused(new FieldError("personne", "Personne introuvable : cherchez-la de nouveau."));
        if (Obstacle(session, personId, person.Events.OfType<ReferralEvent>().Any()) is { } obstacle)
            return Outcome.Refused(new FieldError("personne", obstacle));
        if (RuleProblem(session, person) is { } problem)
            return Outcome.Refused(new FieldError("personne", $"Convocation impossible : {problem}"));

        var now = clock.GetUtcNow().UtcDateTime;
        var convocation = session.Convocations.SingleOrDefault(c => c.PersonId == personId);
        if (convocation is not null)
        {
            // Withdrawn earlier and convoked again: the same convocation, under the same number.
            convocation.WithdrawnAt = null;
            convocation.ConvokedAt = now;
        }
        else
        {
            var ordinal = 1 + session.Convocations.Select(c => c.Ordinal).DefaultIfEmpty().Max();
            convocation = new Convocation
            {
                PlieId = session.PlieId,
                SessionId = session.Id,
                PersonId = personId,
                Ordinal = ordinal,
                Reference = InfoSessionCodes.ConvocationReference(session.Year, session.Number, ordinal),
                ConvokedAt = now,
            };
            db.Convocations.Add(convocation);
        }
        audit.Record("infosession.convoke", "person", personId, session.PlieId, new { session = session.Id, reference = convocation.Reference });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else added a person at the same moment (same rank): nothing was written; the list is read again.
            db.Discard();
            return Outcome.Refused(new FieldError("personne", "La liste vient d'être modifiée par une autre personne : vérifiez-la, puis recommencez."));
        }
        return Outcome.Done(convocation.Id);
    }

    /// <summary>Withdraws a convocation made by mistake, before attendance is taken; its number is not reused.</summary>
    public async Task<Outcome?> WithdrawAsync(Guid sessionId, Guid convocationId, CancellationToken ct = default)
    {
        var convocation = await db.Convocations.SingleOrDefaultAsync(c => c.Id == convocationId && c.SessionId == sessionId && c.WithdrawnAt == null, ct);
        if (convocation is null) return null;
        if (convocation.Attendance is not null || convocation.EventId is not null)
            return Outcome.Refused(new FieldError("", $"La présence de la convocation {convocation.Reference} est déjà saisie : elle reste sur la liste."));
        convocation.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("infosession.withdraw", "person", convocation.PersonId, convocation.PlieId, new { session = sessionId, reference = convocation.Reference });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(convocation.Id);
    }

    private static string? Obstacle(InfoSession session, Guid personId, bool referred)
    {
        if (session.Convocations.SingleOrDefault(c => c.PersonId == personId && c.WithdrawnAt is null) is { } already)
            return $"Déjà convoqué·e à cette information collective (convocation {already.Reference}).";
        if (!referred)
            return "Aucune orientation enregistrée : seule une personne orientée vers le PLIE peut être convoquée.";
        var convoked = session.Convocations.Count(c => c.WithdrawnAt is null);
        if (convoked >= session.Capacity)
            return $"Capacité atteinte : {Plural(convoked, "personne convoquée", "personnes convoquées")} pour {Plural(session.Capacity, "place", "places")}. "
                + "Augmentez la capacité de la session ou convoquez cette personne à une autre date.";
        return null;
    }

    private static string Plural(int n, string one, string many) => $"{n} {(n > 1 ? many : one)}";

    /// <summary>
    /// The import's rules on the fact attendance will record (contract §4.2: e.g. nothing but a new referral after an exit):
    /// a convocation the attendance could not be recorded for is refused now. The session may be ahead: it is "today" here.
    /// </summary>
    private string? RuleProblem(InfoSession session, Person person)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var fact = new JourneyEventDto { Type = "info_session", Date = session.Date, Organiser = session.Organiser, Attended = false };
        var journey = person.Events.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto).ToList();
        var errors = new List<FactError>();
        SingleFactRules.Check(fact, journey, today > session.Date ? today : session.Date, person.Identity?.BirthDate, errors);
        return errors.Count == 0 ? null : errors[0].Message;
    }
}
