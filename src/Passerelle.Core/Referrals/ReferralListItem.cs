namespace Passerelle.Core.Referrals;

/// <summary>
/// A line of "Mes orientations": who was referred (as the prescriber wrote it, or null once retention erased the
/// identity), to which PLIE, when, and the status; <see cref="HasSheet"/> when the fiche was sent through Passerelle and
/// can be printed again.
/// </summary>
public sealed record ReferralListItem(
    Guid ReferralId,
    string PlieName,
    DateOnly Date,
    string Channel,
    string? LastName,
    string? FirstName,
    DateOnly? BirthDate,
    ReferralStatus Status,
    bool HasSheet);
