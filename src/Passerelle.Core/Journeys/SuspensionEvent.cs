namespace Passerelle.Core.Journeys;

public class SuspensionEvent : PeriodEvent
{
    public override string Type => "suspension";
    public required string Reason { get; set; }
}
