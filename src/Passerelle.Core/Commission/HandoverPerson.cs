namespace Passerelle.Core.Commission;

/// <summary>A person in pathway with the referent whose people are handed over.</summary>
public sealed record HandoverPerson(Guid PersonId, string Ref, string? LastName, string? FirstName, DateOnly IntegrationDate)
{
    public string Name => LastName is null ? $"Personne {Ref}" : $"{LastName.ToUpperInvariant()} {FirstName}";
}
