namespace Passerelle.Core.Referrals;

/// <summary>
/// A France Travail referral list to import into <see cref="Plie"/> (its code). Without <see cref="Confirm"/>, or while a
/// suspected duplicate has no choice in <see cref="Choices"/> (by sheet line), nothing is written: the answer is a preview.
/// </summary>
public sealed record ReferralListRequest(string Plie, Stream File)
{
    public IReadOnlyDictionary<int, ReferralListChoice> Choices { get; init; } = new Dictionary<int, ReferralListChoice>();
    public bool Confirm { get; init; }
}
