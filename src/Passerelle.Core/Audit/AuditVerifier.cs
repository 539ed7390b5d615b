using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;

namespace Passerelle.Core.Audit;

/// <summary>Walks the whole chain and reports the first line that does not match its hash.</summary>
public sealed class AuditVerifier(PasserelleDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var previous = AuditChain.Genesis;
        long expectedSeq = 0, count = 0;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Seq != ++expectedSeq || e.PrevHash != previous || AuditChain.HashOf(e) != e.Hash)
                return new AuditVerification(false, count, e.Seq);
            previous = e.Hash;
        }
        return new AuditVerification(true, count, null);
    }
}
