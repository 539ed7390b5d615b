namespace Passerelle.Core.Pathways;

/// <summary>The kinds of <see cref="PathwayAlert"/>, with the short French label used by badges and filters.</summary>
public static class AlertCodes
{
    public const string Interview = "interview";
    public const string Contact = "contact";
    public const string PathwayMax = "pathway_max";
    public const string FollowUpEnd = "follow_up_end";
    public const string ProofsMissing = "proofs_missing";
    public const string PniEnd = "pni_end";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Interview] = "Entretien en retard",
        [Contact] = "Contacts en retard",
        [PathwayMax] = "Durée maximale",
        [FollowUpEnd] = "Fin du suivi en emploi",
        [ProofsMissing] = "Justificatifs manquants",
        [PniEnd] = "Fin du code PNI",
    };
}
