namespace Passerelle.Core.Organisations;

/// <summary>
/// Who is acting, from where, and which PLIE's people they may see. One per request or CLI run (scoped).
/// Tenant isolation reads <see cref="PlieId"/> and <see cref="AllPlies"/> in the database context's query filters:
/// a user sees only the people of their own PLIE; a user of any other organisation sees none.
/// </summary>
public sealed class ActorContext
{
    public Guid? UserId { get; private set; }
    public Role? Role { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? PlieId { get; private set; }
    public bool AllPlies { get; private set; }
    public Channel Channel { get; private set; } = Channel.System;

    /// <summary>Page path, API route or CLI verb: no query string, no personal data.</summary>
    public string Origin { get; set; } = "";

    public void SetUser(Guid userId, Role role, Guid organisationId, OrganisationKind kind, Channel channel)
    {
        UserId = userId;
        Role = role;
        OrganisationId = organisationId;
        PlieId = kind == OrganisationKind.Plie ? organisationId : null;
        AllPlies = false;
        Channel = channel;
    }

    /// <summary>A request nobody is signed in to yet (the login pages): no user, no PLIE, but the right channel.</summary>
    public void SetAnonymous(Channel channel)
    {
        UserId = null;
        Role = null;
        OrganisationId = null;
        PlieId = null;
        AllPlies = false;
        Channel = channel;
    }

    /// <summary>
    /// A France Travail correspondent reading, in a scope of its own, the minutes of a PLIE a convention of their agency opens
    /// to them (<see cref="Conventions.CorrespondentDesk"/>, which checks the convention first): the PLIE's rows become
    /// visible to that scope only, the user and role stay theirs (audit lines name them).
    /// </summary>
    public void ReadForPartner(Guid userId, Role role, Guid organisationId, Guid plieId, Channel channel)
    {
        UserId = userId;
        Role = role;
        OrganisationId = organisationId;
        PlieId = plieId;
        AllPlies = false;
        Channel = channel;
    }

    /// <summary>The command line and start-up jobs act for the whole instance (an administrator's shell).</summary>
    public void SetSystem(Channel channel, string origin)
    {
        UserId = null;
        Role = null;
        OrganisationId = null;
        PlieId = null;
        AllPlies = true;
        Channel = channel;
        Origin = origin;
    }

    public bool Can(Permission permission) => Role is { } r && RolePermissions.Has(r, permission) || AllPlies;

    /// <summary>Label of the actor in the audit trail: a user id, never a name.</summary>
    public string ActorLabel => UserId is { } id ? id.ToString() : Channel.ToString().ToLowerInvariant();
}
