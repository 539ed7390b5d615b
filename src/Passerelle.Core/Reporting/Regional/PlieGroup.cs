namespace Passerelle.Core.Reporting.Regional;

/// <summary>PLIE reported together (a department, a carrier or the whole region): <see cref="Code"/> goes to the files, <see cref="Name"/> to the page.</summary>
public sealed record PlieGroup(string Code, string Name, IReadOnlyList<ScopedPlie> Plies);
