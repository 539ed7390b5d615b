namespace Passerelle.Core.Tracking;

/// <summary>A tracking table layout with a column the convention does not allow (or free text): never written.</summary>
public sealed class TrackingLayoutException(IReadOnlyList<string> problems)
    : Exception("Colonnes refusées : " + string.Join(" ; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
