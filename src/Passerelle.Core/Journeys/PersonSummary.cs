namespace Passerelle.Core.Journeys;

public sealed record PersonSummary(Guid Id, Guid PlieId, string Ref, string LastName, string FirstName, DateOnly BirthDate, string? FranceTravailId);
