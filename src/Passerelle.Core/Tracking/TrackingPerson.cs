using Passerelle.Core.Journeys;

namespace Passerelle.Core.Tracking;

/// <summary>
/// What the table reads of one person: the person with identity and facts, the date France Travail confirmed the PNI
/// delegation of their current integration (<c>Commission/IntegrationFile</c>, null when not recorded) and the length
/// of that delegation under the protocol in force (24 months: 000 art. 6, 002 art. 6).
/// </summary>
public sealed record TrackingPerson(Person Person, DateOnly? PniConfirmedOn, int PniMonths);
