using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// Commission sessions of the actor's PLIE and their agenda: a coordinator opens a session (CISP, CGP, ad hoc or a
/// validation by list), a referent puts on it the people whose integration they propose (000 art. 3-4 b « dès lors
/// que l'accompagnateur-emploi décide de proposer l'intégration … »), the extension of a pathway or the validation of
/// an atypical exit (<see cref="CommissionCodes.ItemKinds"/>). Tenant filters apply everywhere: a session or a
/// person of another PLIE is not found (null), exactly like one that does not exist.
/// </summary>
public sealed class CommissionSessions(PasserelleDbContext db, AuditLog audit, ActorContext actor, EligibilityService protocols, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(CancellationToken ct = default) =>
        await db.CommissionSessions.AsNoTracking().OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt)
            .Select(s => new SessionSummary(s.Id, s.Date, s.Kind, s.Items.Count, s.Items.Count(i => i.Decision != null)))
            .ToListAsync(ct);

    public async Task<CommissionOutcome> CreateAsync(DateOnly date, string? kind, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId) return CommissionOutcome.Refused(new FactError("", "Seul un utilisateur d'un PLIE peut ouvrir une séance."));
        if (kind is null || !CommissionCodes.SessionKinds.ContainsKey(kind))
            return CommissionOutcome.Refused(new FactError("kind", $"Type de séance inconnu ; valeurs possibles : {string.Join(", ", CommissionCodes.SessionKinds.Values)}."));
        var session = new CommissionSession { PlieId = plieId, Date = date, Kind = kind, CreatedBy = actor.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.CommissionSessions.Add(session);
        audit.Record("commission.session.create", "commission_session", session.Id, plieId, new { kind });
        await db.SaveChangesAsync(ct);
        return CommissionOutcome.Done(session.Id);
    }

    /// <summary>The session and its files with who they concern; one <c>person.agenda</c> audit line per person listed.</summary>
    public async Task<Agenda?> AgendaAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (await LoadAsync(sessionId, ct) is not { } agenda) return null;
        var ids = agenda.Lines.Select(l => l.Item.PersonId).Distinct().ToList();
        foreach (var id in ids) audit.Record("person.agenda", "person", id, agenda.Session.PlieId, new { session = agenda.Session.Id });
        if (ids.Count > 0) await db.SaveChangesAsync(ct);
        return agenda;
    }

    /// <summary>
    /// For each undecided extension or atypical-exit file of <paramref name="agenda"/> (read with <see cref="AgendaAsync"/>,
    /// which audited the people listed): the pathway's dates and what may be granted, or the exit and its atypical
    /// situations as the evaluator reads them (003 art. 5) — under the protocol in force on the session's date.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, FileContext>> ContextsAsync(Agenda agenda, CancellationToken ct = default)
    {
        var items = agenda.Lines.Select(l => l.Item).Where(i => i.Decision is null && i.Kind != CommissionCodes.Integration).ToList();
        var contexts = new Dictionary<Guid, FileContext>();
        if (items.Count == 0) return contexts;
        var ids = items.Select(i => i.PersonId).ToList();
        var events = (await db.JourneyEvents.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(ct)).ToLookup(e => e.PersonId);
        var all = await db.Protocols.AsNoTracking().Where(p => p.PlieId == agenda.Session.PlieId).ToListAsync(ct);
        var rules = (await protocols.ProtocolInForceAsync(agenda.Session.PlieId, agenda.Session.Date, ct))?.Definition.Pathway;
        foreach (var item in items)
        {
            var facts = PathwayFacts.From(events[item.PersonId]);
            if (item.Kind == CommissionCodes.Extension && facts.Integration is { } integration && rules is not null)
            {
                var granted = facts.ExtensionMonths;
                var max = integration.Date.AddMonths(rules.MaxMonths + granted);
                contexts[item.Id] = new([
                    $"En parcours depuis le {CommissionText.Date(integration.Date)} ; durée maximale ({rules.MaxMonths} mois"
                        + (granted > 0 ? $" et {granted} mois de prolongation déjà accordés" : "") + $") : le {CommissionText.Date(max)}.",
                ], ExtensionRules.Left(rules, granted));
            }
            else if (item.Kind == CommissionCodes.AtypicalExit && facts.Exit is { } exit
                && ExitJudge.Verdicts([.. events[item.PersonId]], new ExitProtocols(all)).GetValueOrDefault(exit.Id) is { } verdict)
            {
                contexts[item.Id] = new([
                    $"Sortie du {CommissionText.Date(exit.Date)} : {Codes.Label(Codes.ExitReasons, exit.Reason).ToLowerInvariant()}.",
                    .. verdict.Checks.Where(c => c.Rule == "atypical").Select(c => c.Text),
                ]);
            }
        }
        return contexts;
    }

    /// <summary>The agenda without audit lines, for a caller that audits what it shows (the minutes).</summary>
    internal async Task<Agenda?> LoadAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.CommissionSessions.AsNoTracking().Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var ids = session.Items.Select(i => i.PersonId).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Ref, p.Identity }).ToDictionaryAsync(p => p.Id, ct);
        var lines = session.Items.OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).Select(i =>
        {
            var p = people[i.PersonId];
            return new AgendaLine(i, p.Ref, p.Identity?.LastName, p.Identity?.FirstName, p.Identity?.BirthDate, p.Identity?.FranceTravailId);
        }).ToList();
        return new Agenda(session, lines);
    }

    /// <summary>Sessions a file may still be put on: today's and those to come, soonest first.</summary>
    public async Task<IReadOnlyList<SessionSummary>> UpcomingAsync(DateOnly today, CancellationToken ct = default) =>
        [.. (await ListAsync(ct)).Where(s => s.Date >= today).OrderBy(s => s.Date)];

    /// <summary>The undecided file of the person, if one is on an agenda (a person waits on one session at a time).</summary>
    public async Task<(CommissionItem Item, DateOnly Date)?> PendingOfAsync(Guid personId, CancellationToken ct = default)
    {
        var pending = await db.CommissionItems.AsNoTracking().Where(i => i.PersonId == personId && i.Decision == null)
            .Join(db.CommissionSessions, i => new { i.PlieId, i.SessionId }, s => new { s.PlieId, SessionId = s.Id }, (i, s) => new { i, s.Date })
            .FirstOrDefaultAsync(ct);
        return pending is null ? null : (pending.i, pending.Date);
    }

    /// <summary>
    /// Puts the person's file of <paramref name="kind"/> on the session's agenda: an integration request (the person waits
    /// for a decision: received at a first contact or in diagnostic, nothing decided since the referral), an extension
    /// (in pathway, and the protocol leaves months to grant: <see cref="ExtensionRules"/>), an atypical exit (an exit of
    /// the latest pathway without the commission's decision, under a protocol with atypical exits). Refused when the
    /// session is past or the person is already on an agenda. Null when the session or the person is not found.
    /// </summary>
    public async Task<CommissionOutcome?> ProposeAsync(Guid sessionId, Guid personId, DateOnly today, string kind = CommissionCodes.Integration, CancellationToken ct = default)
    {
        var session = await db.CommissionSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var person = await db.Persons.AsNoTracking().Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (session is null || person is null || session.PlieId != person.PlieId) return null;
        if (!CommissionCodes.ItemKinds.ContainsKey(kind))
            return CommissionOutcome.Refused(new FactError("kind", $"Type de dossier inconnu ; valeurs possibles : {string.Join(", ", CommissionCodes.ItemKinds.Values)}."));
        if (session.Date < today)
            return CommissionOutcome.Refused(new FactError("session", $"La séance du {CommissionText.Date(session.Date)} est passée : choisissez une séance à venir."));
        if (await NotProposableAsync(person, kind, today, ct) is { } why)
            return CommissionOutcome.Refused(new FactError("", why));
        if (await PendingOfAsync(personId, ct) is { } pending)
            return CommissionOutcome.Refused(new FactError("", $"Cette personne est déjà inscrite à l'ordre du jour de la séance du {CommissionText.Date(pending.Date)}."));
        var item = new CommissionItem
        {
            PlieId = session.PlieId,
            SessionId = session.Id,
            PersonId = personId,
            Kind = kind,
            ProposedBy = actor.UserId,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CommissionItems.Add(item);
        audit.Record("commission.item.add", "person", personId, session.PlieId, new { session = session.Id, kind = item.Kind });
        await db.SaveChangesAsync(ct);
        return CommissionOutcome.Done(item.Id);
    }

    /// <summary>Each kind of file, with why the person's file of that kind cannot go on an agenda today (null: it can).</summary>
    public async Task<IReadOnlyDictionary<string, string?>> ProposalsAsync(Person person, DateOnly today, CancellationToken ct = default)
    {
        var kinds = new Dictionary<string, string?>();
        foreach (var kind in CommissionCodes.ItemKinds.Keys) kinds[kind] = await NotProposableAsync(person, kind, today, ct);
        return kinds;
    }

    private async Task<string?> NotProposableAsync(Person person, string kind, DateOnly today, CancellationToken ct)
    {
        if (kind == CommissionCodes.Integration)
            return Intake.Of(person.Events) is { AwaitsDecision: false } intake ? NotWaiting(intake) : null;
        var facts = PathwayFacts.From(person.Events);
        var protocol = (await protocols.ProtocolInForceAsync(person.PlieId, today, ct))?.Definition;
        if (protocol is null) return "Le PLIE n'a pas de protocole en vigueur.";
        if (kind == CommissionCodes.Extension)
            return !facts.InPathway ? "Une prolongation se demande pendant le parcours : cette personne n'est pas en parcours."
                : ExtensionRules.Refusal(protocol.Pathway, facts.ExtensionMonths);
        if (protocol.Exits.AtypicalCriteria.Count == 0) return "Le protocole du PLIE ne prévoit pas de sortie atypique.";
        return facts.Exit is { AtypicalApproved: null } ? null
            : facts.Exit is null ? "La validation d'une sortie atypique se demande une fois la sortie enregistrée."
            : "La commission s'est déjà prononcée sur cette sortie.";
    }

    private static string NotWaiting(Intake intake) => intake.Stage switch
    {
        IntakeStage.None => "Aucune orientation n'est enregistrée pour cette personne.",
        IntakeStage.AwaitingFirstContact => "Le premier accueil n'a pas encore eu lieu : l'intégration se propose après le premier accueil et le diagnostic.",
        IntakeStage.Refused => "Un refus a déjà été décidé depuis la dernière orientation.",
        IntakeStage.InPathway => "Cette personne est déjà en parcours.",
        _ => "Cette personne est sortie du PLIE : une nouvelle orientation est nécessaire.",
    };
}
