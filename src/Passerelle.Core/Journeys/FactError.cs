namespace Passerelle.Core.Journeys;

/// <summary>A problem with a fact typed on a page: the contract §4.1 field it concerns ("" for the whole fact) and a French message.</summary>
public sealed record FactError(string Field, string Message);
