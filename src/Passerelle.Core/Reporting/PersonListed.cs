namespace Passerelle.Core.Reporting;

/// <summary>A person behind a figure, as the list of people behind it shows them.</summary>
public sealed record PersonListed(Guid Id, string? LastName, string? FirstName);
