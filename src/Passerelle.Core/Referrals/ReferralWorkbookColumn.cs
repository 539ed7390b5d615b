namespace Passerelle.Core.Referrals;

/// <summary>
/// One column of a France Travail referral list: its field, the French title used in reports, and the headers
/// accepted for it once normalised (<see cref="ReferralWorkbookColumns.Normalise"/>: no accents, case, spaces or
/// punctuation), in France Travail's wording and in the former « Pôle emploi » wording.
/// </summary>
public sealed record ReferralWorkbookColumn(string Field, string Title, bool Required, params string[] Headers);
