namespace Passerelle.Core.InfoSessions;

/// <summary>A session as the list shows it: no personal data, only counts of its convocations.</summary>
public sealed record SessionSummary(
    Guid Id, string Code, DateOnly Date, TimeOnly StartTime, string Place, string Organiser, int Capacity,
    int Convoked, int Present, int Absent, int Excused)
{
    public int Marked => Present + Absent + Excused;
    public int FreePlaces => Math.Max(0, Capacity - Convoked);
}
