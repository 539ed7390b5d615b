using Passerelle.Core.Documents;

namespace Passerelle.Core.Referrals;

/// <summary>
/// What a referral list says: its valid lines, or every problem found (then no line is to be imported: all or nothing),
/// and the titles of the columns that were ignored because the data annex does not allow them.
/// </summary>
public sealed record ReferralWorkbookResult(IReadOnlyList<ReferralWorkbookRow> Rows, IReadOnlyList<SheetError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public bool Succeeded => Errors.Count == 0;
}
