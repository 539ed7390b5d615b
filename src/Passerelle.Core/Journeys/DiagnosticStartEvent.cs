namespace Passerelle.Core.Journeys;

public class DiagnosticStartEvent : JourneyEvent
{
    public override string Type => "diagnostic_start";
}
