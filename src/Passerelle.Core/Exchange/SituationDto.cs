namespace Passerelle.Core.Exchange;

public sealed record SituationDto
{
    public bool Rsa { get; init; }
    public bool Ass { get; init; }
    public bool Aah { get; init; }
    public bool Rqth { get; init; }
    public bool Qpv { get; init; }
    public bool LongTermUnemployed { get; init; }
    public int? EducationLevel { get; init; }
    public bool SingleParent { get; init; }
    public bool SelfEmployed { get; init; }
    public bool FollowedByMissionLocale { get; init; }
}
