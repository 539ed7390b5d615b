using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Sends a fiche de liaison to a PLIE (issue 3 item 1; 000 art. 3-4 a, 001 art. 2-2): checks it, looks for duplicates
/// (<see cref="DuplicateFinder"/>), then creates the person with a <c>referral</c> fact, or appends the fact to the known
/// person the sender chose. Suspected duplicates are never dropped nor merged silently: the answer lists them and nothing
/// is written until the sender confirms another person or attaches. One <c>SaveChanges</c> (one transaction) with its
/// audit line. The sender is a prescriber who sees no person of any PLIE: the writes and the duplicate look-up lift the
/// tenant filters for the target PLIE only, and the sender learns nothing of the known person but the fact that it exists.
/// </summary>
public sealed class ReferralService(PasserelleDbContext db, ActorContext actor, AuditLog audit, DuplicateFinder finder,
    CommuneReferential communes, TimeProvider clock)
{
    public async Task<ReferralOutcome> ReferAsync(ReferralRequest request, CancellationToken ct = default)
    {
        var (errors, valid) = await ValidateAsync(request, ct);
        if (valid is not { } v) return ReferralOutcome.Invalid(errors);
        var (plie, person, fact, sender) = v;

        var probe = new IdentityProbe(person.LastName!, person.FirstName!, person.BirthName, person.BirthDate!.Value, person.FranceTravailId);
        var report = await finder.FindAsync(probe, plie.Id, ct);
        if (request.AttachTo is { } target)
        {
            if (report.Candidates.FirstOrDefault(c => c.PersonId == target) is not { CanAttach: true })
            {
                db.PendingAudit.Clear();
                return ReferralOutcome.Invalid("attachTo", "Rattachement : cette personne ne fait pas partie des personnes connues du PLIE qui correspondent à la fiche.");
            }
            return await AttachAsync(target, plie.Id, person, fact, sender, report, ct);
        }
        if (report.Any && !request.ConfirmedNew)
        {
            // The look-up itself is audited (it told the sender that someone exists).
            await db.SaveChangesAsync(ct);
            return ReferralOutcome.Suspected(report);
        }
        return await CreateAsync(plie.Id, person, fact, sender, report, ct);
    }

    /// <summary>The problems <see cref="ReferAsync"/> would answer, without looking for duplicates nor writing anything.</summary>
    public async Task<IReadOnlyList<ReferralError>> CheckAsync(ReferralRequest request, CancellationToken ct = default) =>
        (await ValidateAsync(request, ct)).Errors;

    private async Task<(List<ReferralError> Errors, (Organisation Plie, ReferredPerson Person, JourneyEventDto Fact, Organisation? Sender)? Valid)> ValidateAsync(
        ReferralRequest request, CancellationToken ct)
    {
        if (!actor.Can(Permission.ReferPersons))
            throw new InvalidOperationException("Seuls les prescripteurs envoient des fiches de liaison.");
        var sender = actor.OrganisationId is { } orgId ? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == orgId, ct) : null;
        var plie = string.IsNullOrWhiteSpace(request.Plie) ? null
            : await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == request.Plie.Trim() && o.Kind == OrganisationKind.Plie, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new List<ReferralError>();
        if (plie is null)
            errors.Add(new("plie", string.IsNullOrWhiteSpace(request.Plie) ? "PLIE : champ obligatoire." : $"PLIE : aucun PLIE de l'instance ne porte le code « {request.Plie} »."));
        if (!request.PersonInformed)
            errors.Add(new("personInformed", "Information de la personne : confirmez qu'elle a reçu la mention d'information de la fiche (convention de données, art. 4.1)."));
        var person = ReferralValidation.Check(request.Person, request.Date ?? today, today, communes, errors);
        var fact = Fact(request, sender, request.Date ?? today, person?.BirthDate, errors);
        return errors.Count > 0 || plie is null || person is null || fact is null ? (errors, null) : (errors, (plie, person, fact, sender));
    }

    /// <summary>The referral fact, judged by the import's own rules (codes, dates); the sender's organisation by default.</summary>
    private JourneyEventDto? Fact(ReferralRequest request, Organisation? sender, DateOnly date, DateOnly? birth, List<ReferralError> errors)
    {
        var kinds = sender is null ? PrescriberKinds.ForSystem : PrescriberKinds.For(sender.Kind);
        var dto = new JourneyEventDto
        {
            Type = "referral",
            Date = date,
            Channel = string.IsNullOrWhiteSpace(request.Channel) ? null : request.Channel.Trim(),
            PrescriberKind = string.IsNullOrWhiteSpace(request.PrescriberKind) ? kinds.FirstOrDefault() : request.PrescriberKind.Trim(),
            PrescriberOrg = string.IsNullOrWhiteSpace(request.PrescriberOrg) ? sender?.Code : request.PrescriberOrg.Trim(),
        };
        var found = new List<FactError>();
        var checkedFact = SingleFactRules.Check(dto, [], DateOnly.FromDateTime(clock.GetLocalNow().DateTime), birth, found);
        errors.AddRange(found.Select(e => new ReferralError(e.Field.Length == 0 ? "referral" : "referral." + e.Field, FactLabel(e.Field) + e.Message)));
        if (checkedFact is null) return null;
        if (!kinds.Contains(checkedFact.PrescriberKind!))
        {
            errors.Add(new("referral.prescriberKind", kinds.Count == 0
                ? "Type de prescripteur : votre organisation n'est pas un prescripteur."
                : $"Type de prescripteur : « {checkedFact.PrescriberKind} » ne convient pas à votre organisation ; valeurs possibles : {string.Join(", ", kinds)}."));
            return null;
        }
        if (sender is not null && checkedFact.PrescriberOrg != sender.Code)
        {
            errors.Add(new("referral.prescriberOrg", $"Organisme prescripteur : seule votre organisation, « {sender.Code} », peut être indiquée."));
            return null;
        }
        return checkedFact;
    }

    private async Task<ReferralOutcome> CreateAsync(Guid plieId, ReferredPerson p, JourneyEventDto fact, Organisation? sender, DuplicateReport report, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var person = ReferralRecords.NewPerson(plieId, await NewRefAsync(plieId, ct), p, now);
        var referral = ReferralRecords.NewFact(fact, plieId, person.Id, 0, now);
        person.Events.Add(referral);
        db.Persons.Add(person);
        var decision = report.Any ? ReferralDecisions.NewConfirmed : ReferralDecisions.New;
        db.ReferralSheets.Add(ReferralRecords.Sheet(referral, p, sender?.Id ?? Guid.Empty, actor.UserId, decision, report, now));
        audit.Record("referral.create", "person", person.Id, plieId, ReferralRecords.Detail(referral, decision, report));
        await db.SaveChangesAsync(ct);
        return new ReferralOutcome { Kind = ReferralOutcomeKind.Recorded, PersonId = person.Id, ReferralId = referral.Id, Duplicates = report };
    }

    /// <summary>Appends the referral to a known person (<see cref="ReferralRecords.FillIdentity"/>: nothing of the PLIE's record overwritten).</summary>
    private async Task<ReferralOutcome> AttachAsync(Guid personId, Guid plieId, ReferredPerson p, JourneyEventDto fact, Organisation? sender,
        DuplicateReport report, CancellationToken ct)
    {
        var person = await db.Persons.IgnoreQueryFilters().Include(x => x.Identity).Include(x => x.Events).AsSplitQuery()
            .SingleAsync(x => x.PlieId == plieId && x.Id == personId, ct);
        var found = new List<FactError>();
        var journey = person.Events.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto).ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (SingleFactRules.Check(fact, journey, today, person.Identity?.BirthDate, found) is null)
        {
            db.PendingAudit.Clear();
            return ReferralOutcome.Invalid([.. found.Select(e => new ReferralError("referral." + e.Field, FactLabel(e.Field) + e.Message))]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var referral = ReferralRecords.NewFact(fact, plieId, person.Id, person.Events.Count == 0 ? 0 : person.Events.Max(e => e.Seq) + 1, now);
        db.JourneyEvents.Add(referral);
        ReferralRecords.FillIdentity(person.Identity, p);
        person.UpdatedAt = now;
        db.ReferralSheets.Add(ReferralRecords.Sheet(referral, p, sender?.Id ?? Guid.Empty, actor.UserId, ReferralDecisions.Attached, report, now));
        audit.Record("referral.attach", "person", person.Id, plieId, ReferralRecords.Detail(referral, ReferralDecisions.Attached, report));
        await db.SaveChangesAsync(ct);
        return new ReferralOutcome { Kind = ReferralOutcomeKind.Recorded, PersonId = person.Id, ReferralId = referral.Id, Attached = true, Duplicates = report };
    }

    /// <summary>A reference for a person created by a referral, unique in the PLIE.</summary>
    private async Task<string> NewRefAsync(Guid plieId, CancellationToken ct)
    {
        while (true)
        {
            var reference = ReferralRecords.NewRef();
            if (!await db.Persons.IgnoreQueryFilters().AnyAsync(x => x.PlieId == plieId && x.Ref == reference, ct)) return reference;
        }
    }

    private static string FactLabel(string field) => field switch
    {
        "date" => "Date d'orientation : ",
        "channel" => "Canal : ",
        "prescriberKind" => "Type de prescripteur : ",
        "prescriberOrg" => "Organisme prescripteur : ",
        _ => "",
    };
}
