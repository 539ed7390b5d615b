using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// The commission's decision on a file (domain.md step 4): integrate with a referent (the <c>integration</c> fact), refuse
/// with one coded reason of the data annex of 000 and possibly a re-orientation, re-orient to another programme or partner
/// (both a <c>refusal</c> fact with its <c>reorientation</c>), or adjourn (no fact: the file goes on a later session).
/// Facts go through <see cref="JourneyRecorder"/>, so the import's rules apply (a referral before, no second
/// integration, no date in the future). The file, the fact and the audit lines are written in one transaction.
/// </summary>
public sealed class CommissionDecisions(PasserelleDbContext db, JourneyRecorder recorder, AuditLog audit, ActorContext actor, EligibilityService protocols, TimeProvider clock)
{
    /// <summary>The reason a re-orientation records when none is chosen (« Intégration autre dispositif », 000 data annex).</summary>
    public const string DefaultReorientationReason = "other_programme";

    /// <summary>Null when the file is not on that session for the actor (another PLIE, or no such file).</summary>
    public async Task<CommissionOutcome?> DecideAsync(Guid sessionId, Guid itemId, DecisionInput input, CancellationToken ct = default)
    {
        var item = await db.CommissionItems.SingleOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, ct);
        if (item is null) return null;
        var session = await db.CommissionSessions.AsNoTracking().SingleAsync(s => s.PlieId == item.PlieId && s.Id == item.SessionId, ct);
        var errors = await ValidateAsync(item, session, input, ct);
        if (errors.Count > 0) return CommissionOutcome.Refused(errors);

        var decision = input.Decision!.Trim();
        var fact = Fact(item.Kind, decision, session.Date, input);
        if (fact is not null && await recorder.CheckAsync(item.PersonId, fact, ct) is { IsValid: false } check)
            return CommissionOutcome.Refused([.. check.Errors.Select(e => new FactError("", e.Message))]);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        item.Decision = decision;
        item.Referent = decision == CommissionCodes.Integrate ? fact!.Referent : null;
        item.Reason = fact?.Type == "refusal" ? fact.Reason : null;
        item.Reorientation = fact?.Type == "refusal" ? fact.Reorientation : null;
        item.Months = fact?.Type == "extension" ? fact.Months : null;
        item.DecidedBy = actor.UserId;
        item.DecidedAt = clock.GetUtcNow().UtcDateTime;
        // The recorder saves the file with the fact; a refusal (a fact recorded meanwhile) leaves nothing pending.
        var onExit = item.Kind == CommissionCodes.AtypicalExit && decision != CommissionCodes.Adjourn;
        var result = fact is not null ? await recorder.RecordAsync(item.PersonId, fact, ct)
            : onExit ? await DecideExitAsync(item, decision == CommissionCodes.Grant, ct)
            : null;
        if ((fact is not null || onExit) && result is not { Succeeded: true })
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return CommissionOutcome.Refused(result?.Errors ?? [new FactError("", "Personne ou sortie introuvable.")]);
        }
        item.FactId = result?.FactId;
        // The decision's code only: the reason is in the fact, readable by those who may read the person.
        audit.Record("commission.decision", "person", item.PersonId, item.PlieId, new { session = session.Id, item = item.Id, kind = item.Kind, decision });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommissionOutcome.Done(item.Id);
    }

    // The commission's word on the exit of the latest pathway, written where the evaluator reads it (contract §4.3).
    private async Task<FactResult?> DecideExitAsync(CommissionItem item, bool approved, CancellationToken ct)
    {
        var events = await db.JourneyEvents.AsNoTracking().Where(e => e.PersonId == item.PersonId).ToListAsync(ct);
        if (PathwayFacts.From(events).Exit is not { } exit) return null;
        return await recorder.UpdateAsync(item.PersonId, exit.Id, dto => dto.AtypicalApproved is not null
            ? new FactError("", "La commission s'est déjà prononcée sur cette sortie.")
            : dto with { AtypicalApproved = approved }, ct);
    }

    private static JourneyEventDto? Fact(string kind, string decision, DateOnly date, DecisionInput input) => (kind, decision) switch
    {
        (CommissionCodes.Integration, CommissionCodes.Integrate) => new JourneyEventDto { Type = "integration", Date = date, Referent = input.Referent!.Trim() },
        (CommissionCodes.Integration, CommissionCodes.Refuse) => new JourneyEventDto { Type = "refusal", Date = date, Reason = Blank(input.Reason), Reorientation = Blank(input.Reorientation) },
        (CommissionCodes.Integration, CommissionCodes.Reorient) => new JourneyEventDto
        {
            Type = "refusal",
            Date = date,
            Reason = Blank(input.Reason) ?? DefaultReorientationReason,
            Reorientation = Blank(input.Reorientation),
        },
        (CommissionCodes.Extension, CommissionCodes.Grant) => new JourneyEventDto { Type = "extension", Date = date, Months = input.Months },
        _ => null,
    };

    private async Task<List<FactError>> ValidateAsync(CommissionItem item, CommissionSession session, DecisionInput input, CancellationToken ct)
    {
        var errors = new List<FactError>();
        if (item.Decision is { } taken)
        {
            errors.Add(new("", $"Ce dossier a déjà fait l'objet d'une décision ({CommissionCodes.DecisionLabel(item.Kind, taken).ToLowerInvariant()})."));
            return errors;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (session.Date > today)
            errors.Add(new("", $"La séance du {CommissionText.Date(session.Date)} n'a pas encore eu lieu : la décision s'enregistre le jour de la séance ou après."));
        var decision = Blank(input.Decision);
        var choices = CommissionCodes.DecisionsFor(item.Kind);
        if (decision is null || !choices.ContainsKey(decision))
        {
            errors.Add(new("decision", $"Choisissez une décision : {string.Join(", ", choices.Values).ToLowerInvariant()}."));
            return errors;
        }
        if (item.Kind == CommissionCodes.Extension && decision == CommissionCodes.Grant)
            errors.AddRange(await ValidateExtensionAsync(item, session.Date, input.Months, ct));
        if (item.Kind != CommissionCodes.Integration) return errors;
        switch (decision)
        {
            case CommissionCodes.Integrate when Blank(input.Referent) is null:
                errors.Add(new("referent", "Choisissez le ou la référent·e unique de parcours (000 art. 3-4 b : un accompagnateur unique est désigné)."));
                break;
            case CommissionCodes.Integrate when !await IsReferentAsync(item.PlieId, input.Referent!.Trim(), ct):
                errors.Add(new("referent", "Ce ou cette référent·e n'est pas un·e référent·e actif·ve du PLIE."));
                break;
            case CommissionCodes.Refuse when Blank(input.Reason) is not { } reason || !Codes.RefusalReasons.ContainsKey(reason):
                errors.Add(new("reason", $"Choisissez un motif de refus : {string.Join(", ", Codes.RefusalReasons.Values).ToLowerInvariant()}."));
                break;
            case CommissionCodes.Reorient when Blank(input.Reorientation) is null:
                errors.Add(new("reorientation", "Choisissez vers quel dispositif ou partenaire la personne est réorientée."));
                break;
            case CommissionCodes.Reorient when Blank(input.Reason) is { } reason && !Codes.RefusalReasons.ContainsKey(reason):
                errors.Add(new("reason", "Motif inconnu."));
                break;
        }
        if (decision is CommissionCodes.Refuse or CommissionCodes.Reorient && Blank(input.Reorientation) is { } to && !CommissionCodes.Reorientations.ContainsKey(to))
            errors.Add(new("reorientation", $"Réorientation inconnue ; valeurs possibles : {string.Join(", ", CommissionCodes.Reorientations.Values).ToLowerInvariant()}."));
        return errors;
    }

    // 002 art. 3-3 (Martigues, 6 months), 000 art. 3-3 (CASA, exceptional): months within what the protocol leaves.
    private async Task<List<FactError>> ValidateExtensionAsync(CommissionItem item, DateOnly on, int? months, CancellationToken ct)
    {
        var protocol = (await protocols.ProtocolInForceAsync(item.PlieId, on, ct))?.Definition;
        var events = await db.JourneyEvents.AsNoTracking().Where(e => e.PersonId == item.PersonId).ToListAsync(ct);
        var facts = PathwayFacts.From(events);
        if (protocol is null) return [new("", "Le PLIE n'a pas de protocole en vigueur à la date de la séance.")];
        if (!facts.InPathway) return [new("", "Cette personne n'est plus en parcours : la prolongation est sans objet (choisissez « Prolongation refusée » ou ajournez).")];
        if (ExtensionRules.Refusal(protocol.Pathway, facts.ExtensionMonths) is { } why) return [new("", why)];
        var left = ExtensionRules.Left(protocol.Pathway, facts.ExtensionMonths)!.Value;
        return months is null ? [new("months", $"Indiquez la durée de la prolongation accordée (de 1 à {left} mois).")]
            : months < 1 || months > left ? [new("months", $"Durée de prolongation hors limites ({months} mois) : de 1 à {left} mois selon le protocole.")]
            : [];
    }

    private async Task<bool> IsReferentAsync(Guid plieId, string email, CancellationToken ct) =>
        await PlieReferents.WithEmail(db, plieId, email).AnyAsync(ct);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
