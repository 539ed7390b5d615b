namespace Passerelle.Core.Journeys;

/// <summary>The person's administrative situation at referral (contract §4, `situation`).</summary>
public class Situation
{
    public bool Rsa { get; set; }
    public bool Ass { get; set; }
    public bool Aah { get; set; }
    public bool Rqth { get; set; }
    public bool Qpv { get; set; }
    public bool LongTermUnemployed { get; set; }

    /// <summary>French nomenclature level 1-8 (3 = CAP/BEP, the former "niveau V").</summary>
    public int? EducationLevel { get; set; }
    public bool SingleParent { get; set; }
    public bool SelfEmployed { get; set; }
    public bool FollowedByMissionLocale { get; set; }
}
