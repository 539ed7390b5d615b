namespace Passerelle.Core.Exits;

/// <summary>The coded values of an exit's computed fields (contract §4.3).</summary>
public static class ExitCodes
{
    public const string Positive = "positive";
    public const string Dropout = "dropout";
    public const string LongPathway = "long_pathway";
    public const string Administrative = "administrative";
    public const string Other = "other";

    public const string DurableContract = "cdi_cdd_6m_half_time";
    public const string CivilService = "civil_service_6m";
    public const string Hours = "hours_910_in_9m";
    public const string Professionalisation = "professionalisation_6m";
    public const string Qualification = "qualification";
    public const string LongTraining = "long_training_6m";
    public const string Business = "business_6m";
    public const string AtypicalApproved = "atypical_approved";

    public const string ProofsComplete = "complete";
    public const string ProofsMissing = "missing";
}
