namespace Passerelle.Core.InfoSessions;

/// <summary>
/// A person convoked to an <see cref="InfoSession"/>, under a reference that France Travail receives with an absence
/// (000 art. 3-4 b: "la copie de la convocation"; 002 art. 3). Once attendance is taken, <see cref="EventId"/> holds
/// the person's <c>info_session</c> journey fact, so that saving attendance again updates that fact instead of adding
/// another. No foreign key on it: an import that replaces the journey may remove the fact (it is then recorded anew).
/// </summary>
public class Convocation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid SessionId { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>Rank in the session's list, never reused (a withdrawn convocation keeps its number).</summary>
    public int Ordinal { get; set; }

    /// <summary>The convocation number, e.g. <c>IC-2025-014-07</c>: unique within the PLIE.</summary>
    public required string Reference { get; set; }

    /// <summary>Code of <see cref="InfoSessionCodes.Attendance"/> (present, absent, excused); null until attendance is taken.</summary>
    public string? Attendance { get; set; }
    public Guid? EventId { get; set; }
    public DateTime ConvokedAt { get; set; }
    public DateTime? AttendanceRecordedAt { get; set; }

    /// <summary>Withdrawn from the list before the session (convoked by mistake): kept, so its reference is never reused.</summary>
    public DateTime? WithdrawnAt { get; set; }
}
