namespace Passerelle.Core.Journeys;

public class TrainingEvent : PeriodEvent
{
    public override string Type => "training";
    public bool Qualifying { get; set; }
    public DateOnly? QualificationObtained { get; set; }
}
