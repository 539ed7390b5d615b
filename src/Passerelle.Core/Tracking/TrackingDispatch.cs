namespace Passerelle.Core.Tracking;

/// <summary>
/// One tracking table in the register of tables sent (issue 5 item 2): which convention and month, who produced it and
/// when, for whom, how many rows, and the SHA-256 of the encrypted file, which is kept (encrypted: its passphrase is never
/// stored) so that the same file can be sent again. The deadline reminder reads this register. Tenant-owned.
/// </summary>
public class TrackingDispatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid ConventionId { get; set; }

    /// <summary>The first day of the month the table covers.</summary>
    public DateOnly Month { get; set; }

    /// <summary>The partner's organisation code (the agency), as the rows were selected.</summary>
    public required string PartnerCode { get; set; }
    public DateTime ProducedAt { get; set; }

    /// <summary>The user who produced it; null from the command line (<see cref="Channel"/> says which).</summary>
    public Guid? ProducedBy { get; set; }
    public required string Channel { get; set; }

    /// <summary>The convention's correspondents the table is for, as « role – organisation ».</summary>
    public List<string> Recipients { get; set; } = [];
    public int Rows { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public byte[] Content { get; set; } = [];
}
