namespace Passerelle.Core.Conventions;

/// <summary>A correspondent as typed: role, side and organisation (a line left empty is ignored).</summary>
public sealed record CorrespondentInput(string? Role, string? Side, string? Organisation);
