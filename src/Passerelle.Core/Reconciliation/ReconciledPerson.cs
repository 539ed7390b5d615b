using Passerelle.Core.Pathways;

namespace Passerelle.Core.Reconciliation;

/// <summary>
/// What the comparison reads of one person of the PLIE: their France Travail id, their pathway facts up to the day of the
/// reconciliation (with the PNI confirmation recorded on the integration file), the PNI delegation's length under the
/// protocol in force at the integration, and the France Travail agency that referred them (null: another prescriber).
/// </summary>
public sealed record ReconciledPerson(Guid PersonId, string? FranceTravailId, PathwayFacts Facts, int PniMonths, string? ReferringAgency);
