namespace Passerelle.Core.Tracking;

/// <summary>A table produced and registered: the register's line, and the passphrase, to show once and never store.</summary>
public sealed record TrackingProduced(TrackingDispatch Dispatch, string Passphrase);
