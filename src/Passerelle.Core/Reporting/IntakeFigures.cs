namespace Passerelle.Core.Reporting;

/// <summary>
/// The coordinator's view of the front half of the journey (issue 3 item 8; 000 art. 3-4, 001 art. 2-2) for a period:
/// referrals by prescriber and by France Travail agency, what became of them so far, the delays between the steps
/// (referral → first contact → diagnostic → commission decision) and the absences (no-shows) at information sessions
/// and first contacts. Counts only, no names; each count has a key (<see cref="FigureKeys"/>) for the people behind it.
/// </summary>
public sealed record IntakeFigures(
    int Referrals,
    int People,
    IReadOnlyList<CountRow> ByPrescriber,
    IReadOnlyList<CountRow> ByAgency,
    IReadOnlyList<CountRow> Outcomes,
    IReadOnlyList<DelayRow> Delays,
    IReadOnlyList<AbsenceRow> Absences)
{
    public bool IsEmpty => Referrals == 0 && Absences.All(a => a.Expected == 0);
}
