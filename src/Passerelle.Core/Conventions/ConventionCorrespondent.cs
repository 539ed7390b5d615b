namespace Passerelle.Core.Conventions;

/// <summary>
/// A correspondent named by a convention, by role and organisation only (no person's name: the people change, the roles
/// stay): governance, operational follow-up, security of information systems, data protection (001 annexe 3 A-D; 000
/// data convention annexe E).
/// </summary>
public class ConventionCorrespondent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid ConventionId { get; set; }

    /// <summary>Code of <see cref="ConventionCodes.Roles"/>.</summary>
    public required string Role { get; set; }

    /// <summary><c>plie</c> or <c>partner</c>.</summary>
    public required string Side { get; set; }

    /// <summary>The organisation or service, e.g. « France Travail Antibes – équipe référente PLIE ».</summary>
    public required string Organisation { get; set; }
}
