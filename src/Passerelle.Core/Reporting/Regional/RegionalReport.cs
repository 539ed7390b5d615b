namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// The regional pilot indicators (000 art. 7, 002 art. 7) of the PLIE in the actor's scope for a civil year: each group
/// (<see cref="RegionalGroupings"/>) with its PLIE and subtotal, then the total of all.
/// </summary>
public sealed record RegionalReport(int Year, string Grouping, IReadOnlyList<RegionalGroupLines> Groups, RegionalLine Total)
{
    public IEnumerable<RegionalLine> Plies => Groups.SelectMany(g => g.Plies);

    public bool IsEmpty => !Groups.Any(g => g.Plies.Count > 0);
}
