namespace Passerelle.Core.Reporting.Regional;

/// <summary>A group of the regional tables: its PLIE's lines and their subtotal.</summary>
public sealed record RegionalGroupLines(string Code, string Name, IReadOnlyList<RegionalLine> Plies, RegionalLine Subtotal);
