namespace Passerelle.Core.Reporting;

/// <summary>People expected at a convocation dated in the period (information session or first contact), and those absent.</summary>
public sealed record AbsenceRow(string Code, string Label, int Expected, int Absent, string Key)
{
    /// <summary>Absences over convocations, rounded to 4 decimals; null when nobody was expected.</summary>
    public decimal? Rate => Expected == 0 ? null : Math.Round((decimal)Absent / Expected, 4, MidpointRounding.AwayFromZero);
}
