namespace Passerelle.Core.Organisations;

/// <summary>A user of a PLIE as a person's file names them: the e-mail the journey records, the name shown, the role.</summary>
public sealed record StaffMember(string Email, string DisplayName, Role Role, bool Disabled);
