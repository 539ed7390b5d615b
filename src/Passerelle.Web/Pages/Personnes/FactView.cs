namespace Passerelle.Web.Pages.Personnes;

/// <summary>One fact of a journey as the person page shows it: French labels only, no codes.</summary>
public sealed record FactView(Guid Id, DateOnly Date, string Type, string Label, string? Period, IReadOnlyList<(string Name, string Value)> Details);
