using System.Security.Cryptography;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The rows a referral writes, shared by the fiche de liaison (<see cref="ReferralService"/>) and the France Travail list
/// import (<see cref="ReferralListImport"/>): a new person with their identity, the <c>referral</c> fact, the sheet that
/// keeps what the prescriber sent, and the audit detail (ids and codes only, docs/audit-events.md).
/// </summary>
internal static class ReferralRecords
{
    private const string RefAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A reference for a person created by a referral ("ORI-" and 8 characters); the caller checks it is free in the PLIE.</summary>
    public static string NewRef() => "ORI-" + RandomNumberGenerator.GetString(RefAlphabet, 8);

    /// <summary>A person and identity from a checked <see cref="ReferredPerson"/> (every required field set).</summary>
    public static Person NewPerson(Guid plieId, string reference, ReferredPerson p, DateTime now)
    {
        var person = new Person
        {
            PlieId = plieId,
            Ref = reference,
            Sex = p.Sex!,
            BirthYear = p.BirthDate!.Value.Year,
            CommuneInsee = p.CommuneInsee!,
            Situation = SituationMapping.ToEntity(p.Situation),
            CreatedAt = now,
            UpdatedAt = now,
        };
        person.Identity = new PersonIdentity
        {
            PlieId = plieId,
            PersonId = person.Id,
            LastName = p.LastName!,
            FirstName = p.FirstName!,
            BirthName = p.BirthName,
            BirthDate = p.BirthDate.Value,
            FranceTravailId = p.FranceTravailId,
            SearchKey = SearchKeys.For(p.LastName!, p.FirstName!),
        };
        return person;
    }

    /// <summary>
    /// Appends what a referral brings to a person the PLIE already knew. The PLIE's record is not overwritten by the
    /// sender's values (the sheet keeps them for the referent to compare); only a missing France Travail id or birth name
    /// is filled in.
    /// </summary>
    public static void FillIdentity(PersonIdentity? identity, ReferredPerson p)
    {
        if (identity is null) return;
        identity.FranceTravailId ??= p.FranceTravailId;
        identity.BirthName ??= p.BirthName;
    }

    public static ReferralEvent NewFact(JourneyEventDto fact, Guid plieId, Guid personId, int seq, DateTime now)
    {
        var e = (ReferralEvent)JourneyEntities.ToEntity(fact);
        e.PlieId = plieId;
        e.PersonId = personId;
        e.Seq = seq;
        e.Date = fact.Date!.Value;
        e.RecordedAt = now;
        return e;
    }

    public static ReferralSheet Sheet(ReferralEvent referral, ReferredPerson p, Guid prescriberOrganisationId, Guid? sentBy, string decision,
        DuplicateReport report, DateTime now) => new()
        {
            PlieId = referral.PlieId,
            Id = referral.Id,
            PersonId = referral.PersonId,
            PrescriberOrganisationId = prescriberOrganisationId,
            SentBy = sentBy,
            SentAt = now,
            Sex = p.Sex!,
            CommuneInsee = p.CommuneInsee!,
            Decision = decision,
            FranceTravailIdCollision = report.HasCollision,
            InPathwayInAnotherPlie = report.InPathwayInAnotherPlie,
            Situation = SituationMapping.ToEntity(p.Situation),
        };

    /// <summary>Ids and codes only (docs/audit-events.md).</summary>
    public static object Detail(ReferralEvent referral, string decision, DuplicateReport report) => new
    {
        referral = referral.Id,
        prescriberKind = referral.PrescriberKind,
        prescriberOrg = referral.PrescriberOrg,
        channel = referral.Channel,
        decision,
        candidates = report.Candidates.Count,
        collision = report.HasCollision,
        otherPlie = report.InPathwayInAnotherPlie,
    };
}
