namespace Passerelle.Core.Documents;

/// <summary>
/// One column of a list received as a spreadsheet: its field, the French title used in reports, whether a value is
/// required, and the headers accepted for it once normalised (<see cref="SheetHeaders.Normalise"/>: no accents, case,
/// spaces or punctuation), e.g. in France Travail's wording and in the former « Pôle emploi » wording.
/// </summary>
public sealed record SheetColumn(string Field, string Title, bool Required, params string[] Headers);
