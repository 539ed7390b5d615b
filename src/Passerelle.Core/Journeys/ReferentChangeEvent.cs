namespace Passerelle.Core.Journeys;

/// <summary>
/// The single referent changes during the pathway (domain.md step 6: « the referent changes if absent for long »).
/// From <see cref="JourneyEvent.Date"/> on, <see cref="Referent"/> follows the person instead of the one named at the
/// integration or by an earlier change.
/// </summary>
public class ReferentChangeEvent : JourneyEvent
{
    public override string Type => "referent_change";
    /// <summary>E-mail of the new referent user, as in the interchange format.</summary>
    public required string Referent { get; set; }
    public required string Reason { get; set; }
}
