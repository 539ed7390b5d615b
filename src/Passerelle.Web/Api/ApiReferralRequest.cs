using Passerelle.Core.Referrals;

namespace Passerelle.Web.Api;

/// <summary>
/// The body of <c>POST /api/v1/referrals</c>, for the OpenAPI document (the endpoint reads the body itself, to refuse
/// unknown fields and name every problem by its JSON path, in French).
/// </summary>
public sealed record ApiReferralRequest(string Plie, ApiReferralFields Referral, ReferredPerson Person, bool PersonInformed, bool? Confirmed, Guid? AttachTo);
