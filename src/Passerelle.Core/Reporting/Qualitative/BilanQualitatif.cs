using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Core.Reporting.Regional;

namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>
/// The Bilan qualitatif (seed 000 art. 7 and Annexe 2; 002 art. 7): the PLIE's coordinator answers the 8 questions for each
/// partnership convention with a France Travail agency and year (« tout à fait / moyen / pas du tout », with an argued
/// comment); the answers are counted per PLIE, in % per department and in total for the PLIE the reader's scope holds
/// (<see cref="RegionalScope.ReadableAsync"/>: one's own PLIE, or the regional scope). Writes leave a
/// <c>qualitative.answer.save</c> audit line (codes only, never the comments); reports a <c>report.qualitative.view</c> line.
/// </summary>
public sealed class BilanQualitatif(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock, RegionalScope scope)
{
    public const string SaveAction = "qualitative.answer.save", ViewAction = "report.qualitative.view";
    private const string Partnership = "partnership";

    /// <summary>The partnership conventions of the actor's PLIE with a France Travail agency in force during <paramref name="year"/>, with their answers.</summary>
    public async Task<IReadOnlyList<QualitativeConvention>> ConventionsAsync(int year, CancellationToken ct = default)
    {
        CheckYear(year);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var agencies = db.Organisations.Where(o => o.Kind == OrganisationKind.FranceTravailAgency);
        var rows = await db.Conventions.AsNoTracking()
            .Where(c => c.Kind == Partnership && c.StartsOn <= to && c.EndsOn >= from && agencies.Any(a => a.Id == c.PartnerId))
            .Join(db.Organisations, c => c.PartnerId, o => o.Id, (c, o) => new { c.Id, c.Title, Partner = o.Name, c.StartsOn, c.EndsOn })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = await db.QualitativeAnswers.AsNoTracking().Where(a => a.Year == year && ids.Contains(a.ConventionId)).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Partner, StringComparer.Ordinal).ThenBy(r => r.StartsOn).Select(r =>
        {
            var own = answers.Where(a => a.ConventionId == r.Id).ToDictionary(a => a.Question, a => new QualitativeInput(a.Answer, a.Comment));
            return new QualitativeConvention(r.Id, r.Title, r.Partner, r.StartsOn, r.EndsOn, own.Count, own);
        })];
    }

    /// <summary>One convention of <see cref="ConventionsAsync"/>; null for a convention of another PLIE, missing, or not answerable that year.</summary>
    public async Task<QualitativeConvention?> ConventionAsync(Guid conventionId, int year, CancellationToken ct = default) =>
        (await ConventionsAsync(year, ct)).FirstOrDefault(c => c.Id == conventionId);

    /// <summary>
    /// Records the 8 answers of a convention for a year (replacing earlier ones), all or nothing: null when the convention is
    /// not found (<see cref="ConventionAsync"/>); refused with errors naming the field (<c>q3</c>, <c>q3-commentaire</c>).
    /// </summary>
    public async Task<Outcome?> SaveAsync(Guid conventionId, int year, IReadOnlyList<QualitativeInput> inputs, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId || !actor.Can(Permission.ManageExchanges))
            return Outcome.Refused(new FieldError("", "Seul le coordinateur d'un PLIE répond au bilan qualitatif de ses conventions."));
        if (year is < BilanQuantitatif.MinYear or > BilanQuantitatif.MaxYear)
            return Outcome.Refused(new FieldError("annee", $"Année : saisissez une année entre {BilanQuantitatif.MinYear} et {BilanQuantitatif.MaxYear}."));
        if (await ConventionAsync(conventionId, year, ct) is null) return null;
        var errors = Check(inputs);
        if (errors.Count > 0) return Outcome.Refused(errors);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.QualitativeAnswers.Where(a => a.ConventionId == conventionId && a.Year == year).ToListAsync(ct);
        foreach (var question in QualitativeQuestions.All)
        {
            var input = inputs[question.Number - 1];
            var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
            var row = existing.FirstOrDefault(a => a.Question == question.Number);
            if (row is null)
                db.QualitativeAnswers.Add(row = new QualitativeAnswer { PlieId = plieId, ConventionId = conventionId, Year = year, Question = question.Number, Answer = input.Answer! });
            row.Answer = input.Answer!;
            row.Comment = comment;
            row.UpdatedAt = now;
            row.UpdatedBy = actor.UserId;
        }
        audit.Record(SaveAction, "convention", conventionId, plieId, new { year, answers = inputs.Select(i => i.Answer).ToList() });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(conventionId);
    }

    /// <summary>Every question answered with a known code; comments within <see cref="QualitativeQuestions.CommentMaxLength"/>.</summary>
    public static IReadOnlyList<FieldError> Check(IReadOnlyList<QualitativeInput> inputs)
    {
        var errors = new List<FieldError>();
        foreach (var question in QualitativeQuestions.All)
        {
            var input = question.Number <= inputs.Count ? inputs[question.Number - 1] : new QualitativeInput(null, null);
            if (input.Answer is null || QualitativeQuestions.IndexOf(input.Answer) < 0)
                errors.Add(new FieldError($"q{question.Number}", input.Answer is null
                    ? $"Question {question.Number} : choisissez une réponse (tout à fait, moyen ou pas du tout)."
                    : $"Question {question.Number} : réponse inconnue « {input.Answer} » (tout à fait, moyen ou pas du tout)."));
            if (input.Comment is { } comment && comment.Trim().Length > QualitativeQuestions.CommentMaxLength)
                errors.Add(new FieldError($"q{question.Number}-commentaire",
                    $"Question {question.Number}, argumentation : {QualitativeQuestions.CommentMaxLength} caractères au plus ({comment.Trim().Length} saisis)."));
        }
        return errors;
    }

    /// <summary>
    /// The Bilan qualitatif of the PLIE the actor reads (null: none), grouped by department as the annex, for a year. Reads
    /// the answers of those PLIE across the tenant filter: they are about the partnership, never about a person.
    /// </summary>
    public async Task<QualitativeReport?> ReportAsync(int year, string format, CancellationToken ct = default)
    {
        CheckYear(year);
        if (await scope.ReadableAsync(ct) is not { } plies) return null;
        var ids = plies.Select(p => p.Id).ToList();
        var answers = await db.QualitativeAnswers.IgnoreQueryFilters().AsNoTracking().Where(a => a.Year == year && ids.Contains(a.PlieId)).ToListAsync(ct);
        var conventionIds = answers.Select(a => a.ConventionId).Distinct().ToList();
        var conventions = await db.Conventions.IgnoreQueryFilters().AsNoTracking().Where(c => conventionIds.Contains(c.Id))
            .Join(db.Organisations, c => c.PartnerId, o => o.Id, (c, o) => new { c.Id, c.PlieId, c.Title, Partner = o.Name }).ToListAsync(ct);
        var groups = new List<QualitativeGroup>();
        var total = new QualitativeTally();
        foreach (var group in RegionalGroupings.Group(plies, RegionalGroupings.Department))
        {
            var groupTally = new QualitativeTally();
            var lines = new List<QualitativePlie>();
            foreach (var plie in group.Plies)
            {
                var tally = new QualitativeTally();
                var own = answers.Where(a => a.PlieId == plie.Id).ToList();
                foreach (var a in own) tally.Add(a.Question, a.Answer);
                groupTally.Add(tally);
                lines.Add(new QualitativePlie(plie.Code, plie.Name, own.Select(a => a.ConventionId).Distinct().Count(), tally));
            }
            total.Add(groupTally);
            groups.Add(new QualitativeGroup(group.Code, group.Name, lines, groupTally));
        }
        var byPlie = plies.ToDictionary(p => p.Id);
        var arguments = conventions.Select(c => new QualitativeConventionAnswers(byPlie[c.PlieId].Code, byPlie[c.PlieId].Name, c.Partner, c.Title,
                [.. answers.Where(a => a.ConventionId == c.Id).OrderBy(a => a.Question).Select(a => new QualitativeArgument(a.Question, a.Answer, a.Comment))]))
            .OrderBy(c => c.PlieName, StringComparer.Ordinal).ThenBy(c => c.Partner, StringComparer.Ordinal).ToList();
        await audit.RecordReadAsync(ViewAction, "report", null, actor.PlieId,
            new { year, format, plies = plies.Select(p => p.Code).Order(StringComparer.Ordinal).ToList() }, ct);
        return new QualitativeReport(year, groups, total, arguments);
    }

    private static void CheckYear(int year)
    {
        if (year is < BilanQuantitatif.MinYear or > BilanQuantitatif.MaxYear)
            throw new ValidationException("year", $"année impossible « {year} » (attendue entre {BilanQuantitatif.MinYear} et {BilanQuantitatif.MaxYear}).");
    }
}
