namespace Passerelle.Core.InfoSessions;

/// <summary>What a coordinator types for a session; null for a field left empty (or not understood by the page).</summary>
public sealed record SessionInput(DateOnly? Date, TimeOnly? StartTime, string? Place, string? Organiser, int? Capacity);
