namespace Passerelle.Web.Pages.Administration;

/// <summary>A line of the users' list.</summary>
public sealed record UserRow(Guid Id, string Email, string DisplayName, string RoleLabel, string Organisation, bool TwoFactor, bool Locked, bool Disabled);
