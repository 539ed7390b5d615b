namespace Passerelle.Core.InfoSessions;

/// <summary>A session with its active convocations, in the order they were made.</summary>
public sealed record SessionDetail(InfoSession Session, IReadOnlyList<ConvocationRow> Convocations)
{
    public int Convoked => Convocations.Count;
    public bool Full => Convoked >= Session.Capacity;
    public bool AttendanceTaken => Convocations.Any(c => c.Attendance is not null);
}
