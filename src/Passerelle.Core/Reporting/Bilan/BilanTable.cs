namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The figures of one table: the total of France Travail's referrals (<see cref="Agency"/> null, <see cref="IsTotal"/>)
/// or one agency's (<see cref="Agency"/> its <c>prescriberOrg</c> code, "" when the referral named none).
/// </summary>
public sealed record BilanTable(string? Agency, string Name, BilanFigures Figures)
{
    public bool IsTotal => Agency is null;

    /// <summary>How the exported files write the table's scope: a code, « total » for the total.</summary>
    public string Code => Agency ?? "total";
}
