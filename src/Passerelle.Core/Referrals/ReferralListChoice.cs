namespace Passerelle.Core.Referrals;

/// <summary>
/// The user's answer for a line whose person may already be known (<see cref="ReferralListAction.Decide"/>):
/// <see cref="ReferralListAction.Create"/> another person, <see cref="ReferralListAction.Attach"/> to
/// <see cref="PersonId"/> (one of the line's candidates that may be attached), or <see cref="ReferralListAction.Skip"/>.
/// </summary>
public sealed record ReferralListChoice(ReferralListAction Action, Guid? PersonId = null)
{
    public static readonly ReferralListChoice New = new(ReferralListAction.Create);
    public static readonly ReferralListChoice Skip = new(ReferralListAction.Skip);

    public static ReferralListChoice AttachTo(Guid personId) => new(ReferralListAction.Attach, personId);
}
