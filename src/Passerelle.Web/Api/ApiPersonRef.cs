namespace Passerelle.Web.Api;

public sealed record ApiPersonRef(Guid Id, string Ref);
