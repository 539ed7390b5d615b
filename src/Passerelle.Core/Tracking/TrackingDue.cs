namespace Passerelle.Core.Tracking;

/// <summary>A month whose table is not in the register yet: due before <see cref="DueBefore"/>, late from that day on.</summary>
public sealed record TrackingDue(Guid ConventionId, string ConventionTitle, string PartnerCode, TrackingMonth Month, DateOnly DueBefore, bool Late);
