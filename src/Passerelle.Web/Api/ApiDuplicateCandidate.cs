namespace Passerelle.Web.Api;

/// <summary>
/// A person of the target PLIE who may be the one referred (409): why (<c>france_travail_id</c>, <c>name_birth_date</c>,
/// <c>france_travail_id_collision</c>), where they stand (<c>in_pathway</c>, <c>referral_pending</c>, <c>closed</c>,
/// <c>none</c>) and whether the referral may be attached to them (not on a France Travail id collision alone).
/// </summary>
public sealed record ApiDuplicateCandidate(Guid PersonId, IReadOnlyList<string> Reasons, string State, bool Attachable);
