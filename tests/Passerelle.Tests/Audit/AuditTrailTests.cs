using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Audit;

public class AuditTrailTests : DatabaseTest
{
    [Fact]
    public async Task Writes_leave_chained_audit_lines_that_verify()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");

        await using var scope = Db.SystemScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        var lines = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.OrderBy(a => a.Seq).ToListAsync();

        Assert.True(verification.Intact);
        Assert.Equal(4, verification.Lines);
        Assert.Equal(["organisation.create", "protocol.create", "organisation.create", "protocol.create"], lines.Select(l => l.Action));
        Assert.All(lines, l => Assert.Equal("cli", l.Channel));
        Assert.Equal(AuditChain.Genesis, lines[0].PrevHash);
        Assert.Equal(lines[0].Hash, lines[1].PrevHash);
    }

    [Fact]
    public async Task Concurrent_writers_each_get_their_place_in_the_chain()
    {
        // Every caseload display writes a line: writers from many requests at once must queue, not fail nor fork
        // the chain (PostgreSQL: the advisory lock; SQLite: one writer at a time, Data/WriterTurns.cs).
        var plie = await Seed.PlieAsync(Db, "casa");

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            await using var scope = Db.SystemScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordReadAsync("person.caseload", "person", null, plie.Id,
                AuditListing.Detail([Guid.CreateVersion7()]));
        })));

        await using var check = Db.SystemScope();
        var verification = await check.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.Intact);
        Assert.Equal(2 + 24, verification.Lines);
    }

    [Fact]
    public async Task Changing_a_line_breaks_the_chain_at_that_line()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();

        await AuditTampering.BypassAppendOnlyAsync(db);
        await db.AuditEvents.Where(a => a.Seq == 3).ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, "organisation.delete"));
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSeq);
    }

    [Fact]
    public async Task Deleting_a_line_breaks_the_chain()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();

        await AuditTampering.BypassAppendOnlyAsync(db);
        await db.AuditEvents.Where(a => a.Seq == 2).ExecuteDeleteAsync();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSeq);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_lines()
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();

        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, "x")));
        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEvents.ExecuteDeleteAsync());

        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.Action != "x"));
    }
}
