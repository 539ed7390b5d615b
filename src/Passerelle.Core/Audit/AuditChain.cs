using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Core.Audit;

/// <summary>The hash chain of the audit trail: each hash covers the line and the previous hash.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEvent e)
    {
        var text = string.Join('|',
            e.Seq.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            e.Actor, e.Channel, e.Origin, e.Action, e.RecordType, e.RecordId ?? "", e.PlieId?.ToString() ?? "",
            e.Detail ?? "", e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Timestamps are kept to the microsecond, the precision both databases store.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - at.Ticks % 10, DateTimeKind.Utc);

    /// <summary>Links events (in order) after the line (<paramref name="lastSeq"/>, <paramref name="lastHash"/>).</summary>
    public static void Link(IEnumerable<AuditEvent> events, long lastSeq, string lastHash)
    {
        foreach (var e in events)
        {
            e.Seq = ++lastSeq;
            e.PrevHash = lastHash;
            e.Hash = lastHash = HashOf(e);
        }
    }
}
