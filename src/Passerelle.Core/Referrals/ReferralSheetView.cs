using Passerelle.Core.Exchange;

namespace Passerelle.Core.Referrals;

/// <summary>A fiche de liaison as it was sent, with its notice: for the printable page and the DOCX.</summary>
public sealed record ReferralSheetView
{
    public required Guid ReferralId { get; init; }
    public required string PlieName { get; init; }
    public required string PrescriberName { get; init; }
    public required string PrescriberKind { get; init; }
    public string? PrescriberOrg { get; init; }
    public required DateOnly Date { get; init; }
    public required string Channel { get; init; }
    public required DateTime SentAt { get; init; }

    /// <summary>Null once retention erased the identity.</summary>
    public string? LastName { get; init; }
    public string? FirstName { get; init; }
    public string? BirthName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? FranceTravailId { get; init; }
    public required string Sex { get; init; }
    public required string CommuneInsee { get; init; }
    public string? CommuneName { get; init; }
    public required SituationDto Situation { get; init; }
    public required ReferralNotice Notice { get; init; }
}
