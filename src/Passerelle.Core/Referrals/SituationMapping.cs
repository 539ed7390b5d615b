using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>The situation of contract §4 between its interchange form and the stored one.</summary>
internal static class SituationMapping
{
    public static Situation ToEntity(SituationDto s) => new()
    {
        Rsa = s.Rsa,
        Ass = s.Ass,
        Aah = s.Aah,
        Rqth = s.Rqth,
        Qpv = s.Qpv,
        LongTermUnemployed = s.LongTermUnemployed,
        EducationLevel = s.EducationLevel,
        SingleParent = s.SingleParent,
        SelfEmployed = s.SelfEmployed,
        FollowedByMissionLocale = s.FollowedByMissionLocale,
    };

    public static SituationDto ToDto(Situation s) => new()
    {
        Rsa = s.Rsa,
        Ass = s.Ass,
        Aah = s.Aah,
        Rqth = s.Rqth,
        Qpv = s.Qpv,
        LongTermUnemployed = s.LongTermUnemployed,
        EducationLevel = s.EducationLevel,
        SingleParent = s.SingleParent,
        SelfEmployed = s.SelfEmployed,
        FollowedByMissionLocale = s.FollowedByMissionLocale,
    };
}
