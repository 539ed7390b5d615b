namespace Passerelle.Core.Conventions;

/// <summary>A convention with its partner's code and name, for lists.</summary>
public sealed record ConventionListItem(Convention Convention, string PartnerCode, string PartnerName);
