namespace Passerelle.Core.Referrals;

/// <summary>
/// A fiche de liaison to send (the online form, <c>POST /api/v1/referrals</c>): the target PLIE, the referral fields of
/// contract §4.1 and the person. <see cref="PrescriberKind"/> and <see cref="PrescriberOrg"/> default to the sender's
/// organisation. When duplicates are suspected, the sender answers with <see cref="ConfirmedNew"/> (another person) or
/// <see cref="AttachTo"/> (the known person the referral is about).
/// </summary>
public sealed record ReferralRequest
{
    /// <summary>Code of the PLIE the person is referred to.</summary>
    public string? Plie { get; init; }

    /// <summary>Date of the referral; today when absent.</summary>
    public DateOnly? Date { get; init; }
    public string? Channel { get; init; }
    public string? PrescriberKind { get; init; }
    public string? PrescriberOrg { get; init; }
    public ReferredPerson Person { get; init; } = new();

    /// <summary>The person was given the data-protection notice of the fiche (000 data convention art. 4.1).</summary>
    public bool PersonInformed { get; init; }
    public bool ConfirmedNew { get; init; }
    public Guid? AttachTo { get; init; }
}
