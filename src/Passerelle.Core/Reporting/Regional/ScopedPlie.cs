namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// A PLIE whose aggregates an actor may read (<see cref="RegionalScope"/>), with what groups it: its carrier (code and
/// name, "" when none is recorded) and its department (first digits of the INSEE codes of its protocol's territory, "" when
/// the territory is unknown).
/// </summary>
public sealed record ScopedPlie(Guid Id, string Code, string Name, string CarrierCode, string CarrierName, string Department);
