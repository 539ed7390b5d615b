using Microsoft.AspNetCore.Identity;

namespace Passerelle.Core.Organisations;

/// <summary>A person who logs in. Belongs to exactly one organisation and holds one role.</summary>
public class AppUser : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }
    public Role Role { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public bool Disabled { get; set; }
}
