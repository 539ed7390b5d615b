using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>The situation of contract §4 between its interchange form and the stored one.</summary>
internal static class SituationMapping
{
    public static Situation ToEntity(SituationDto s) => CopyTo(s, new Situation());

    /// <summary>Sets every field of <paramref name="target"/> (a tracked person's situation is changed in place).</summary>
    public static Situation CopyTo(SituationDto s, Situation target)
    {
        target.Rsa = s.Rsa;
        target.Ass = s.Ass;
        target.Aah = s.Aah;
        target.Rqth = s.Rqth;
        target.Qpv = s.Qpv;
        target.LongTermUnemployed = s.LongTermUnemployed;
        target.EducationLevel = s.EducationLevel;
        target.SingleParent = s.SingleParent;
        target.SelfEmployed = s.SelfEmployed;
        target.FollowedByMissionLocale = s.FollowedByMissionLocale;
        return target;
    }

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
