namespace Passerelle.Core.Conventions;

/// <summary>A tracking table a correspondent may download: the PLIE, the month, when it was produced, its rows and SHA-256.</summary>
public sealed record CorrespondentTable(Guid Id, string PlieName, DateOnly Month, DateTime ProducedAt, int Rows, string Sha256, string FileName);
