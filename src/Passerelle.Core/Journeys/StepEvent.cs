namespace Passerelle.Core.Journeys;

public class StepEvent : PeriodEvent
{
    public override string Type => "step";
    public required string Kind { get; set; }
}
