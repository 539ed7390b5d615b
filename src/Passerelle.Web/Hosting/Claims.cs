namespace Passerelle.Web.Hosting;

/// <summary>Claim types Passerelle puts on a signed-in user (cookie or API key).</summary>
public static class Claims
{
    public const string Role = "passerelle:role";
    public const string OrganisationId = "passerelle:org";
    public const string OrganisationKind = "passerelle:org_kind";
}
