namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>
/// The answer of a PLIE to one question of the Bilan qualitatif (seed 000 Annexe 2) for one convention with a France
/// Travail agency (the conventions register) and one civil year: a code of <see cref="QualitativeQuestions.Answers"/> and
/// the argued comment (« Bilan qualitatif par convention / argumentation »), free text that never leaves in a file.
/// Tenant-owned: one row per (PLIE, convention, year, question).
/// </summary>
public class QualitativeAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid ConventionId { get; set; }
    public int Year { get; set; }

    /// <summary>1 to 8, the annex's order (<see cref="QualitativeQuestions.All"/>).</summary>
    public int Question { get; set; }

    /// <summary><c>fully</c>, <c>partly</c> or <c>not_at_all</c>: « tout à fait », « moyen », « pas du tout ».</summary>
    public required string Answer { get; set; }

    public string? Comment { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}
