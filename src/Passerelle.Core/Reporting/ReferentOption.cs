namespace Passerelle.Core.Reporting;

/// <summary>A referent of the PLIE one may filter the figures on (by user id: no name nor e-mail in URLs).</summary>
public sealed record ReferentOption(Guid UserId, string Name, string Email, bool Disabled);
