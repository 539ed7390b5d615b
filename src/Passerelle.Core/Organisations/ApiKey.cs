namespace Passerelle.Core.Organisations;

/// <summary>A key for /api/v1, shown once and stored as a SHA-256 hash.</summary>
public class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the key, to recognise it in lists.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
