using Passerelle.Core.InfoSessions;

namespace Passerelle.Core.Tracking;

/// <summary>A table produced, or the problems that stopped it (nothing written).</summary>
public sealed record TrackingResult(TrackingProduced? Produced, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Produced is not null;
}
