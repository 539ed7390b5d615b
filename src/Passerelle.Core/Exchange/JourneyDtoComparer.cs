namespace Passerelle.Core.Exchange;

/// <summary>
/// Whether two persons of the interchange format say the same thing (the idempotence of imports). Records compare
/// their lists by reference, hence this comparison of the events and proofs item by item.
/// </summary>
public static class JourneyDtoComparer
{
    // One shared instance: records compare lists by reference.
    private static readonly JourneyEventDto[] NoEvents = [];

    public static bool Same(JourneyPersonDto a, JourneyPersonDto b) =>
        a with { Events = NoEvents } == b with { Events = NoEvents }
        && a.Events.Count == b.Events.Count
        && a.Events.Zip(b.Events).All(x => Same(x.First, x.Second));

    public static bool Same(JourneyEventDto a, JourneyEventDto b) =>
        a with { Proofs = null, Computed = null } == b with { Proofs = null, Computed = null }
        && (a.Proofs ?? []).SequenceEqual(b.Proofs ?? []);
}
