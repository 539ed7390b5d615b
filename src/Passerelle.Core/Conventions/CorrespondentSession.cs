namespace Passerelle.Core.Conventions;

/// <summary>A commission session whose minutes a correspondent may download: the PLIE, the date, the kind, the decisions taken.</summary>
public sealed record CorrespondentSession(Guid Id, string PlieName, DateOnly Date, string Kind, int Integrations, int Decisions);
