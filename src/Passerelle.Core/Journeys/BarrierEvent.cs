namespace Passerelle.Core.Journeys;

/// <summary>
/// A barrier to employment (« frein ») identified on <see cref="JourneyEvent.Date"/>, worked on from
/// <see cref="WorkedFrom"/>, lifted on <see cref="PeriodEvent.End"/> (domain.md step 6: the 7 families of the data
/// annex of seed 000, « Données liées aux freins périphériques », and the professional ones of seed 003).
/// </summary>
public class BarrierEvent : PeriodEvent
{
    public override string Type => "barrier";
    public required string Family { get; set; }
    public DateOnly? WorkedFrom { get; set; }
}
