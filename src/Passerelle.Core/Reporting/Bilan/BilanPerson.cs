namespace Passerelle.Core.Reporting.Bilan;

/// <summary>A person behind a figure of the Bilan quantitatif (names null once retention erased the identity).</summary>
public sealed record BilanPerson(Guid Id, string Ref, string? LastName, string? FirstName);
