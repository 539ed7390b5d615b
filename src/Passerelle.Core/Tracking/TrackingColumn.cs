namespace Passerelle.Core.Tracking;

/// <summary>
/// A column of the tracking table, as data: its key, its title in the France Travail correspondent's wording, the
/// <see cref="Conventions.DataItems"/> key it carries (checked against the convention's allow-list by
/// <see cref="TrackingLayout.Check"/>) and how its cell is read from a person's month.
/// </summary>
public sealed record TrackingColumn(string Key, string Title, string Item, Func<TrackingLine, string> Value);
