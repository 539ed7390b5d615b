namespace Passerelle.Core.Commission;

/// <summary>
/// A file on a session's agenda with who it concerns. Names are null when retention erased the identity; the
/// France Travail id lets France Travail's correspondent find the person (000 data annex C: identification data).
/// </summary>
public sealed record AgendaLine(CommissionItem Item, string Ref, string? LastName, string? FirstName, DateOnly? BirthDate, string? FranceTravailId)
{
    public string Name => LastName is null ? $"Personne {Ref}" : $"{LastName.ToUpperInvariant()} {FirstName}";
}
