namespace Passerelle.Core.Reporting;

/// <summary>A coded line of figures: how many facts (<paramref name="Count"/>) and how many distinct people.</summary>
public sealed record CountRow(string Code, string Label, int Count, int People, string Key);
