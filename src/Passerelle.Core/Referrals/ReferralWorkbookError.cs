namespace Passerelle.Core.Referrals;

/// <summary>A problem of a referral list: the sheet line (null for the file or its headers), the column title, the message in French.</summary>
public sealed record ReferralWorkbookError(int? Line, string? Column, string Message)
{
    public override string ToString() =>
        (Line is { } l ? $"ligne {l}" : "fichier") + (Column is null ? "" : $", colonne « {Column} »") + " : " + Message;
}
