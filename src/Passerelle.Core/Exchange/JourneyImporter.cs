using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Exchange;

/// <summary>
/// `import journeys` (contract §3-4): all or nothing, idempotent, streaming. A first pass validates the whole
/// file and writes nothing; only a clean file gets a second pass, which writes by chunks inside one transaction
/// (the <c>plie</c> field may come after the persons, and a bad file costs no database work).
/// </summary>
public sealed class JourneyImporter(PasserelleDbContext db, AuditLog audit, ActorContext actor, TimeProvider clock, JourneyFileValidator validator)
{
    public async Task<JourneyImportResult> ImportAsync(Stream input, CancellationToken ct = default)
    {
        var plies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie)
            .ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.Ordinal, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        FileStream? copy = null;
        try
        {
            if (!input.CanSeek)
            {
                // Two passes need to read the input twice: a pipe is copied to a temporary file first.
                copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                await input.CopyToAsync(copy, ct);
                copy.Position = 0;
                input = copy;
            }
            var start = input.Position;
            var check = await validator.ValidateAsync(input, today, plies.ContainsKey, ct: ct);
            if (!check.IsValid) return JourneyImportResult.Refused(check.Plie, check.Errors);
            var plieId = plies[check.Plie!];
            if (!actor.AllPlies && actor.PlieId != plieId)
                return JourneyImportResult.Refused(check.Plie, [new("$.plie", "vous ne pouvez importer que des personnes de votre propre PLIE.")]);
            input.Position = start;
            return await WriteAsync(input, today, check.Plie!, plieId, ct);
        }
        finally
        {
            if (copy is not null) await copy.DisposeAsync();
        }
    }

    private async Task<JourneyImportResult> WriteAsync(Stream input, DateOnly today, string plie, Guid plieId, CancellationToken ct)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.Persons.AsNoTracking().Where(p => p.PlieId == plieId)
                .Select(p => new { p.Ref, p.Id }).ToDictionaryAsync(p => p.Ref, p => p.Id, StringComparer.Ordinal, ct);
            var batch = new JourneyImportBatch(db, audit, plieId, clock.GetUtcNow().UtcDateTime, existing);
            var second = await validator.ValidateAsync(input, today, code => code == plie, batch.AddAsync, ct);
            // The file cannot change between passes unless someone rewrites it meanwhile: refuse rather than half-import.
            if (!second.IsValid) return JourneyImportResult.Refused(plie, second.Errors);
            await batch.FlushAsync(ct);
            audit.Record("journey.import", "plie", plieId, plieId,
                new { persons = second.Persons, created = batch.Created, updated = batch.Updated, unchanged = batch.Unchanged });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new JourneyImportResult(plie, batch.Created, batch.Updated, batch.Unchanged, []);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
