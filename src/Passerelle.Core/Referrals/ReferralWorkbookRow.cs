using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>One valid line of a referral list, with its line number in the sheet (as Excel shows it).</summary>
public sealed record ReferralWorkbookRow(
    int Line,
    string FranceTravailId,
    string LastName,
    string? BirthName,
    string FirstName,
    DateOnly BirthDate,
    string Sex,
    string CommuneInsee,
    string Agency,
    DateOnly PrescribedOn,
    string Channel,
    Situation Situation);
