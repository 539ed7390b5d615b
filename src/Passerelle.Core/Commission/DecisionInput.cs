namespace Passerelle.Core.Commission;

/// <summary>
/// A decision on a file, as typed: <see cref="Decision"/> (<see cref="CommissionCodes.Decisions"/>), the referent's
/// e-mail for an integration, the refusal reason (contract §4.1) and the re-orientation code for a refusal or a
/// re-orientation, the months of an extension granted. Codes only: the commission's record crosses to France Travail (000 data annex).
/// </summary>
public sealed record DecisionInput(string? Decision, string? Referent = null, string? Reason = null, string? Reorientation = null, int? Months = null);
