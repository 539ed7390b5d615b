namespace Passerelle.Web.Pages.Administration;

/// <summary>A line of the API keys' list (the prefix only: the key itself is never stored).</summary>
public sealed record KeyRow(Guid Id, string Name, string Prefix, string OwnerEmail, bool Mine, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);
