namespace Passerelle.Core.Reporting;

/// <summary>The days a report covers, both ends included (a civil year by default: reports are yearly, seed 000 art. 7).</summary>
public readonly record struct ReportPeriod(DateOnly From, DateOnly To)
{
    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The day figures are read on: the end of the period, or today when it is not over.</summary>
    public DateOnly AsOf(DateOnly today) => To < today ? To : today;
}
