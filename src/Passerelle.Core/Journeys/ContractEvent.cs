namespace Passerelle.Core.Journeys;

public class ContractEvent : PeriodEvent
{
    public override string Type => "contract";
    public required string Kind { get; set; }
    public decimal WeeklyHours { get; set; }
    /// <summary>Total hours worked, for temporary work.</summary>
    public decimal? HoursWorked { get; set; }
    public bool? InsertionCompany { get; set; }
}
