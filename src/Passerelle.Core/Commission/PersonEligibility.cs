namespace Passerelle.Core.Commission;

/// <summary>
/// A person's eligibility on a date under the protocol the PLIE applies then (contract §5), with the referent's
/// judgements on the rules that need one. Not eligible when a mandatory rule failed, or was judged not met; complete
/// when no mandatory rule is still waiting for a judgement. Rules that are not mandatory inform (priority publics).
/// </summary>
public sealed record PersonEligibility(Guid PersonId, DateOnly On, string ProtocolName, IReadOnlyList<RuleView> Rules)
{
    public bool Eligible => !Rules.Any(r => r.Mandatory && r.Outcome == false);

    public IReadOnlyList<RuleView> Failed => [.. Rules.Where(r => r.Mandatory && r.Outcome == false)];

    public IReadOnlyList<RuleView> Pending => [.. Rules.Where(r => r.Mandatory && r.Outcome is null)];

    /// <summary>A short French summary, for an agenda line.</summary>
    public string Summary => !Eligible
        ? "Non éligible : " + string.Join(", ", Failed.Select(r => r.Label))
        : Pending.Count > 0
            ? $"Éligible sous réserve : {Pending.Count} critère{(Pending.Count > 1 ? "s" : "")} à confirmer par le référent"
            : "Éligible : tous les critères sont remplis ou confirmés";
}
