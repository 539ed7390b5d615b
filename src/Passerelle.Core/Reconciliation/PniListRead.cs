using Passerelle.Core.Documents;

namespace Passerelle.Core.Reconciliation;

/// <summary>What a PNI list says: its valid lines, or every problem (then no line: all or nothing), and the columns ignored.</summary>
public sealed record PniListRead(IReadOnlyList<PniListRow> Rows, IReadOnlyList<SheetError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public bool Succeeded => Errors.Count == 0;
}
