namespace Passerelle.Core.InfoSessions;

/// <summary>
/// An information collective (IC): the meeting where people referred to the PLIE are convoked, 20 to 30 a month at
/// COV, co-animated by France Travail and the PLIE (seed 001 art. 2-2; 000 art. 3-4; 002 art. 3). A session is PLIE
/// data, not personal data: its place is a short label the coordinator chooses. Owned by one PLIE (tenant).
/// </summary>
public class InfoSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }

    /// <summary>Year and number of the session within the PLIE: its code <c>IC-2025-014</c>, the stem of convocation references.</summary>
    public int Year { get; set; }
    public int Number { get; set; }

    /// <summary>Day and local (Paris) time of the meeting: a wall-clock appointment, not an instant.</summary>
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public required string Place { get; set; }

    /// <summary>Code of <see cref="Journeys.Codes.InfoSessionOrganisers"/>: france_travail, plie or joint.</summary>
    public required string Organiser { get; set; }
    public int Capacity { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Convocation> Convocations { get; set; } = [];

    public string Code => InfoSessionCodes.SessionCode(Year, Number);
}
