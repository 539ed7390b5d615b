namespace Passerelle.Core.Journeys;

public sealed record PersonSearch(string? Name = null, DateOnly? BirthDate = null, string? FranceTravailId = null, string? Ref = null, int Take = 50)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && BirthDate is null && string.IsNullOrWhiteSpace(FranceTravailId) && string.IsNullOrWhiteSpace(Ref);
}
