using Passerelle.Core.Exchange;

namespace Passerelle.Web.Api;

public sealed record ApiPerson(Guid Id, string Ref, JourneyPersonDto Person);
