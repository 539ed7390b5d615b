namespace Passerelle.Core.Commission;

/// <summary>A session and its files, in the order they were put on the agenda.</summary>
public sealed record Agenda(CommissionSession Session, IReadOnlyList<AgendaLine> Lines);
