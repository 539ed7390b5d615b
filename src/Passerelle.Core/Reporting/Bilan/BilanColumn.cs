namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// One column of the Bilan quantitatif (seed 000, Annexe 1): its JSON key (contract §6), the number the annex gives it,
/// its French title, and for a rate the two columns it divides. <see cref="PeopleKey"/> names the list of people behind it:
/// the column's own for a count, the numerator's for a rate.
/// </summary>
public sealed record BilanColumn(string Key, string Number, string Title, BilanColumnKind Kind, string? Numerator = null, string? Denominator = null)
{
    public bool IsRate => Kind == BilanColumnKind.Rate;

    /// <summary>The figure whose people stand behind this column (a rate's numerator).</summary>
    public string PeopleKey => Numerator ?? Key;

    /// <summary>The heading of the exported files: « Colonne 4 / Taux de présence… », as the annex writes it.</summary>
    public string Heading => $"Colonne {Number} / {Title}";
}
