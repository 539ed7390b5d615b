namespace Passerelle.Core.Commission;

/// <summary>A session in the list: its date, kind, files on the agenda and files decided.</summary>
public sealed record SessionSummary(Guid Id, DateOnly Date, string Kind, int Files, int Decided);
