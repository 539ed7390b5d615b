namespace Passerelle.Core.Tracking;

/// <summary>A tracking table: its columns, one row of cells per person (same order), and who the rows are about (for the audit).</summary>
public sealed record TrackingTable(IReadOnlyList<TrackingColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<Guid> PersonIds)
{
    public IReadOnlyList<string> Titles => [.. Columns.Select(c => c.Title)];

    /// <summary>The cell of <paramref name="row"/> under the column keyed <paramref name="key"/>.</summary>
    public string Cell(int row, string key)
    {
        var index = Columns.Select(c => c.Key).ToList().IndexOf(key);
        return index < 0 ? throw new KeyNotFoundException(key) : Rows[row][index];
    }
}
