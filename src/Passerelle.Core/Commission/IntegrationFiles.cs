using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// After the decision to integrate (domain.md step 5): the contract of engagement generated for the person, the date it
/// was signed, and France Travail's PNI delegation, requested then confirmed, with its end (start + the protocol's
/// <see cref="Protocols.PathwayRules.PniMonths"/>). The dates are kept on the <see cref="IntegrationFile"/> of the current
/// integration, not as journey facts: they are the PLIE's paperwork, not steps of the person's journey. Tenant filters
/// apply: a person of another PLIE is not found (null).
/// </summary>
public sealed class IntegrationFiles(PasserelleDbContext db, PersonReader reader, EligibilityService eligibility, AuditLog audit, ActorContext actor, TimeProvider clock)
{
    /// <summary>The person's current integration (reading the person leaves its <c>person.read</c> line).</summary>
    public async Task<IntegrationView?> GetAsync(Guid personId, DateOnly today, CancellationToken ct = default)
    {
        if (await reader.GetAsync(personId, ct) is not { } person) return null;
        var facts = PathwayFacts.From(person.Events);
        if (facts.Integration is not { } integration) return new IntegrationView(person, facts, null, null, null, []);
        var file = await FileAsync(personId, integration.Date, tracked: false, ct);
        facts = facts.WithPniConfirmed(file?.PniConfirmedOn);
        var protocol = (await eligibility.ProtocolInForceAsync(person.PlieId, integration.Date, ct))?.Definition;
        var alerts = protocol is null ? [] : PathwayAlerts.For(facts, protocol, today);
        return new IntegrationView(person, facts, file, await ReferentNameAsync(person.PlieId, facts.Referent, ct), protocol?.Pathway, alerts);
    }

    /// <summary>The contract of engagement of the current integration as a DOCX file; null when no person or no integration.</summary>
    public async Task<(byte[] Content, string FileName)?> ContractAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.Persons.AsNoTracking().Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var facts = PathwayFacts.From(person.Events);
        if (facts.Integration is not { } integration) return null;
        var protocol = (await eligibility.ProtocolInForceAsync(person.PlieId, integration.Date, ct))?.Definition;
        if (protocol is null) return null;
        var plie = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == person.PlieId, ct);
        var data = new ContractData(plie.Name, person.Ref, person.Identity?.LastName, person.Identity?.FirstName, person.Identity?.BirthDate,
            person.Identity?.FranceTravailId, integration.Date, await ReferentNameAsync(person.PlieId, facts.Referent, ct), protocol.Pathway,
            DataNotice.For(plie.Name, protocol.Retention));
        var content = ContractDocument.Build(data);
        await audit.RecordReadAsync("person.contract", "person", person.Id, person.PlieId, ct: ct);
        return (content, $"contrat-engagement-{person.Ref}.docx");
    }

    /// <summary>Records the date the contract of the current integration was signed. Null when no person.</summary>
    public async Task<CommissionOutcome?> RecordSignatureAsync(Guid personId, DateOnly signedOn, CancellationToken ct = default)
    {
        if (await CurrentAsync(personId, ct) is not { } current) return null;
        if (current.Integration is null) return CommissionOutcome.Refused(new FactError("", "Cette personne n'a pas été intégrée : il n'y a pas de contrat d'engagement à signer."));
        var errors = new List<FactError>();
        CheckDate(errors, "signedOn", "Date de signature", signedOn, current.Referral);
        if (errors.Count > 0) return CommissionOutcome.Refused(errors);
        var file = await FileOrNewAsync(current.PlieId, personId, current.Integration.Value, ct);
        file.ContractSignedOn = signedOn;
        audit.Record("person.contract.sign", "person", personId, current.PlieId);
        await db.SaveChangesAsync(ct);
        return CommissionOutcome.Done(file.Id);
    }

    /// <summary>Records the PNI delegation's request and confirmation dates (either may be cleared with null). Null when no person.</summary>
    public async Task<CommissionOutcome?> RecordPniAsync(Guid personId, DateOnly? requested, DateOnly? confirmed, CancellationToken ct = default)
    {
        if (await CurrentAsync(personId, ct) is not { } current) return null;
        if (current.Integration is null) return CommissionOutcome.Refused(new FactError("", "Cette personne n'a pas été intégrée : pas de délégation PNI à suivre."));
        var errors = new List<FactError>();
        if (requested is { } r) CheckDate(errors, "pniRequestedOn", "Demande de délégation PNI", r, current.Referral);
        if (confirmed is { } c) CheckDate(errors, "pniConfirmedOn", "Confirmation de la délégation PNI", c, current.Referral);
        if (requested is { } r2 && confirmed is { } c2 && c2 < r2)
            errors.Add(new("pniConfirmedOn", $"Confirmation de la délégation PNI antérieure à sa demande ({CommissionText.Date(c2)} avant le {CommissionText.Date(r2)})."));
        if (errors.Count > 0) return CommissionOutcome.Refused(errors);
        var file = await FileOrNewAsync(current.PlieId, personId, current.Integration.Value, ct);
        (file.PniRequestedOn, file.PniConfirmedOn) = (requested, confirmed);
        audit.Record("person.pni", "person", personId, current.PlieId, new { requested = requested is not null, confirmed = confirmed is not null });
        await db.SaveChangesAsync(ct);
        return CommissionOutcome.Done(file.Id);
    }

    // Paperwork comes from the referral on: the PNI delegation may be opened at the prescription (002 art. 3-3).
    private void CheckDate(List<FactError> errors, string field, string what, DateOnly date, DateOnly? referral)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (date > today) errors.Add(new(field, $"{what} : le {CommissionText.Date(date)} est dans le futur."));
        if (referral is { } from && date < from) errors.Add(new(field, $"{what} : le {CommissionText.Date(date)} précède l'orientation du {CommissionText.Date(from)}."));
    }

    private async Task<(Guid PlieId, DateOnly? Integration, DateOnly? Referral)?> CurrentAsync(Guid personId, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var facts = PathwayFacts.From(person.Events);
        var referral = facts.Integration is { } i ? facts.All.OfType<ReferralEvent>().LastOrDefault(r => r.Date <= i.Date)?.Date : null;
        return (person.PlieId, facts.Integration?.Date, referral);
    }

    private async Task<IntegrationFile?> FileAsync(Guid personId, DateOnly integration, bool tracked, CancellationToken ct)
    {
        var files = tracked ? db.IntegrationFiles : db.IntegrationFiles.AsNoTracking();
        return await files.SingleOrDefaultAsync(f => f.PersonId == personId && f.IntegrationDate == integration, ct);
    }

    private async Task<IntegrationFile> FileOrNewAsync(Guid plieId, Guid personId, DateOnly integration, CancellationToken ct)
    {
        var file = await FileAsync(personId, integration, tracked: true, ct);
        if (file is null)
        {
            file = new IntegrationFile { PlieId = plieId, PersonId = personId, IntegrationDate = integration };
            db.IntegrationFiles.Add(file);
        }
        (file.UpdatedBy, file.UpdatedAt) = (actor.UserId, clock.GetUtcNow().UtcDateTime);
        return file;
    }

    private async Task<string?> ReferentNameAsync(Guid plieId, string? email, CancellationToken ct)
    {
        if (email is null) return null;
        var normalised = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.OrganisationId == plieId && u.NormalizedEmail == normalised)
            .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        return user is null || string.IsNullOrWhiteSpace(user.DisplayName) ? email : $"{user.DisplayName} ({user.Email})";
    }
}
