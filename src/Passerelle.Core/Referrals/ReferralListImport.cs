using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;
using static Passerelle.Core.Referrals.ReferralWorkbookColumns;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Imports a France Travail referral list (xlsx) into one PLIE (issue 3 items 1-2; seed 000 art. 3-4 a and its data
/// annex B, « Données transmises par Pôle emploi au PLIE »), all or nothing:
/// <list type="number">
/// <item>the workbook is read (<see cref="ReferralWorkbookReader"/>: flexible headers, formulas refused, agencies checked
///   against the France Travail agencies of the instance), then each line goes through the fiche de liaison's own rules
///   (<see cref="ReferralValidation"/>, <see cref="SingleFactRules"/>): one problem anywhere and the file is refused whole
///   with every problem by line and column;</item>
/// <item>the lines are sorted by <see cref="ReferralListPlanner"/> (batched look-ups): created, attached, updated, unchanged,
///   or to decide — a suspected duplicate is never dropped nor merged silently: the user chooses per line;</item>
/// <item>only a confirmed request with every line decided is written, in one transaction (<see cref="ReferralListWriter"/>),
///   with one audit line per person written and one for the import (ids and counts only).</item>
/// </list>
/// Receiving lists is the PLIE's business (ImportExport: director, coordinator), into their own PLIE only.
/// </summary>
public sealed class ReferralListImport(PasserelleDbContext db, ActorContext actor, AuditLog audit, DuplicateFinder finder,
    ReferralWorkbookReader reader, ReferralReader referrals, CommuneReferential communes, TimeProvider clock)
{
    public async Task<ReferralListOutcome> ImportAsync(ReferralListRequest request, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ImportExport))
            throw new InvalidOperationException("Seule l'équipe du PLIE importe les listes d'orientation de France Travail.");
        var plie = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == request.Plie && o.Kind == OrganisationKind.Plie, ct);
        if (plie is null) return ReferralListOutcome.Refused([new(null, null, $"aucun PLIE de l'instance ne porte le code « {request.Plie} ».")]);
        if (!actor.AllPlies && actor.PlieId != plie.Id)
            return ReferralListOutcome.Refused([new(null, null, "vous ne pouvez importer une liste que dans votre propre PLIE.")]);

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var agencies = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.FranceTravailAgency).ToListAsync(ct))
            agencies.TryAdd(a.Code, a);
        var territory = (await referrals.TerritoryAsync(plie.Code, today, ct)).Select(c => c.Insee).ToHashSet(StringComparer.Ordinal);
        var read = await reader.ReadAsync(request.File, agencies.ContainsKey, today, territory, ct);
        if (!read.Succeeded) return ReferralListOutcome.Refused(read.Errors, read.IgnoredColumns);
        var errors = new List<SheetError>();
        var entries = read.Rows.Select(r => Check(r, agencies[r.Agency], today, errors)).OfType<ReferralListEntry>().ToList();
        if (errors.Count > 0) return ReferralListOutcome.Refused(errors, read.IgnoredColumns);

        await new ReferralListPlanner(db, finder).PlanAsync(plie.Id, entries, ct);
        var problems = Choose(entries, request.Choices);
        if (!request.Confirm || problems.Count > 0 || entries.Any(e => e.Action == ReferralListAction.Decide))
        {
            // Nothing is written but the look-up's audit lines (it showed who the PLIE already knows).
            await db.SaveChangesAsync(ct);
            return Outcome(ReferralListOutcomeKind.Preview, entries, read.IgnoredColumns) with { ChoiceProblems = problems };
        }
        return await WriteAsync(plie.Id, entries, read.IgnoredColumns, today, ct);
    }

    private async Task<ReferralListOutcome> WriteAsync(Guid plieId, List<ReferralListEntry> entries, IReadOnlyList<string> ignored, DateOnly today, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var writer = new ReferralListWriter(db, audit, plieId, actor.UserId, today, clock.GetUtcNow().UtcDateTime);
            await writer.WriteAsync(entries, ct);
            if (writer.Errors.Count > 0)
            {
                await tx.RollbackAsync(ct);
                return ReferralListOutcome.Refused(writer.Errors, ignored);
            }
            audit.Record("referral.import", "plie", plieId, plieId, new
            {
                lines = entries.Count,
                created = writer.Created,
                attached = writer.Attached,
                updated = writer.Updated,
                unchanged = writer.Unchanged,
                skipped = writer.Skipped,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ReferralListOutcome
            {
                Kind = ReferralListOutcomeKind.Imported,
                IgnoredColumns = ignored,
                Lines = entries.Count,
                Created = writer.Created,
                Attached = writer.Attached,
                Updated = writer.Updated,
                Unchanged = writer.Unchanged,
                Skipped = writer.Skipped,
                Suspected = Suspected(entries),
            };
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.PendingAudit.Clear();
        }
    }

    /// <summary>A read line through the fiche de liaison's rules (age at the prescription date, the referral fact's codes and dates).</summary>
    private ReferralListEntry? Check(ReferralWorkbookRow row, Organisation agency, DateOnly today, List<SheetError> errors)
    {
        var found = new List<ReferralError>();
        var person = ReferralValidation.Check(new ReferredPerson
        {
            LastName = row.LastName,
            FirstName = row.FirstName,
            BirthName = row.BirthName,
            BirthDate = row.BirthDate,
            Sex = row.Sex,
            CommuneInsee = row.CommuneInsee,
            FranceTravailId = row.FranceTravailId,
            Situation = SituationMapping.ToDto(row.Situation),
        }, row.PrescribedOn, today, communes, found);
        var factErrors = new List<FactError>();
        var fact = SingleFactRules.Check(new JourneyEventDto
        {
            Type = "referral",
            Date = row.PrescribedOn,
            Channel = row.Channel,
            PrescriberKind = "france_travail",
            PrescriberOrg = agency.Code,
        }, [], today, row.BirthDate, factErrors);
        errors.AddRange(found.Select(e => new SheetError(row.Line, Column(e.Field), e.Message)));
        errors.AddRange(factErrors.Select(e => new SheetError(row.Line, Column(e.Field), e.Message)));
        return person is null || fact is null ? null : new ReferralListEntry(row, person, fact, agency.Id);
    }

    /// <summary>The column a field of the fiche de liaison or of the referral fact comes from.</summary>
    internal static string? Column(string field)
    {
        var name = field.Split('.')[^1];
        var column = name switch
        {
            "date" => PrescribedOn,
            "channel" => ReferralWorkbookColumns.Channel,
            "prescriberOrg" or "prescriberKind" => Agency,
            "communeInsee" => CommuneInsee,
            _ => name,
        };
        return All.FirstOrDefault(c => c.Field == column)?.Title;
    }

    /// <summary>Applies the user's choices to the lines to decide; the problems of choices that no longer fit, by line.</summary>
    private static List<SheetError> Choose(List<ReferralListEntry> entries, IReadOnlyDictionary<int, ReferralListChoice> choices)
    {
        var problems = new List<SheetError>();
        foreach (var entry in entries.Where(e => e.Action == ReferralListAction.Decide))
        {
            if (!choices.TryGetValue(entry.Row.Line, out var choice)) continue;
            switch (choice.Action)
            {
                case ReferralListAction.Create:
                    (entry.Choice, entry.Action) = (choice, ReferralListAction.Create);
                    break;
                case ReferralListAction.Skip:
                    (entry.Choice, entry.Action) = (choice, ReferralListAction.Skip);
                    break;
                case ReferralListAction.Attach when entry.Candidates.Any(c => c.PersonId == choice.PersonId && c.CanAttach):
                    entry.Choice = choice;
                    ReferralListPlanner.Resolve(entry, choice.PersonId!.Value);
                    break;
                default:
                    problems.Add(new(entry.Row.Line, null, "le rattachement choisi ne correspond plus à une personne connue du PLIE pour cette ligne : choisissez de nouveau."));
                    break;
            }
        }
        return problems;
    }

    private static ReferralListOutcome Outcome(ReferralListOutcomeKind kind, List<ReferralListEntry> entries, IReadOnlyList<string> ignored) => new()
    {
        Kind = kind,
        IgnoredColumns = ignored,
        Lines = entries.Count,
        Created = entries.Count(e => e.Action == ReferralListAction.Create),
        Attached = entries.Count(e => e.Action == ReferralListAction.Attach),
        Updated = entries.Count(e => e.Action == ReferralListAction.Update),
        Unchanged = entries.Count(e => e.Action == ReferralListAction.Unchanged),
        Skipped = entries.Count(e => e.Action == ReferralListAction.Skip),
        ToDecide = entries.Count(e => e.Action == ReferralListAction.Decide),
        Suspected = Suspected(entries),
    };

    private static List<ReferralListLine> Suspected(List<ReferralListEntry> entries) =>
        [.. entries.Where(e => e.Suspected).Select(e => new ReferralListLine(e.Row.Line, e.Row.LastName, e.Row.FirstName, e.Row.BirthDate,
            e.Row.FranceTravailId, e.Candidates, e.Report.InPathwayInAnotherPlie, e.Choice))];
}
