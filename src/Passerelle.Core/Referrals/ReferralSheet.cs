using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// A fiche de liaison as the prescriber sent it: the coded values of the form (situation, commune, sex) at the time of
/// sending, the prescribing organisation and the duplicate decision. The referral fact itself is the
/// <see cref="ReferralEvent"/> with the same <see cref="Id"/>; the identity stays in <see cref="PersonIdentity"/>.
/// Kept apart from <see cref="Person.Situation"/> because the PLIE updates that one: the prescriber's printable fiche must
/// show what they sent and nothing the PLIE recorded since (000 data convention: only the agents of each party access its
/// data), and the origin of each value stays traceable (000 data convention art. 6). Coded values only (000 data annex:
/// no free-text field). Deleted with the person.
/// </summary>
public class ReferralSheet
{
    public Guid PlieId { get; set; }

    /// <summary>The id of the <see cref="ReferralEvent"/> this fiche recorded.</summary>
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid PrescriberOrganisationId { get; set; }

    /// <summary>The user who sent it (null for the command line).</summary>
    public Guid? SentBy { get; set; }
    public DateTime SentAt { get; set; }
    public required string Sex { get; set; }
    public required string CommuneInsee { get; set; }
    public Situation Situation { get; set; } = new();

    /// <summary><see cref="ReferralDecisions"/>: a new person, a new person despite suspected duplicates, or attached to a known one.</summary>
    public required string Decision { get; set; }

    /// <summary>The France Travail id given was already another person's, under another name (flagged, not merged).</summary>
    public bool FranceTravailIdCollision { get; set; }

    /// <summary>The person was in an active pathway in another PLIE of the instance when referred.</summary>
    public bool InPathwayInAnotherPlie { get; set; }
}
