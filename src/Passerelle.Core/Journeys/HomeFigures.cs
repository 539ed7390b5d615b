namespace Passerelle.Core.Journeys;

/// <summary>Figures of the home page; <see cref="MyPeople"/> is set for a referent only.</summary>
public sealed record HomeFigures(int InPathway, int AwaitingDecision, int ExitsThisYear, int? MyPeople);
