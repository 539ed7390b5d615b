using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// What a line of a France Travail list says about a referral that was imported before (same person, agency and
/// prescription date), and how a re-import brings it up to date without a second fact (issue 3 item 1: "re-import
/// updates instead of duplicating"). The list carries the fields of seed 000's data annex B only: the channel, sex,
/// commune and the situation flags it has columns for; other values of the sheet (e.g. single parent, typed on a fiche
/// de liaison) are left as they are. The sheet keeps what France Travail sent; the PLIE's own record follows only where
/// the PLIE has not changed it since (its value still equals the one the sheet had): nothing the referent recorded is
/// overwritten.
/// </summary>
internal static class ReferralListValues
{
    /// <summary>Whether the line would change the stored referral, its sheet or the identity.</summary>
    public static bool Differ(string channel, ReferralSheet? sheet, string? storedBirthName, ReferredPerson line, string newChannel)
    {
        if (channel != newChannel) return true;
        if (storedBirthName is null && line.BirthName is not null) return true;
        if (sheet is null) return false;
        var s = line.Situation;
        return sheet.Sex != line.Sex || sheet.CommuneInsee != line.CommuneInsee
            || sheet.Situation.Rsa != s.Rsa || sheet.Situation.Ass != s.Ass || sheet.Situation.Aah != s.Aah || sheet.Situation.Rqth != s.Rqth
            || sheet.Situation.LongTermUnemployed != s.LongTermUnemployed || sheet.Situation.Qpv != s.Qpv
            || sheet.Situation.EducationLevel != s.EducationLevel;
    }

    /// <summary>Applies the line to the tracked referral, sheet, person and identity.</summary>
    public static void Apply(ReferralEvent referral, ReferralSheet? sheet, Person person, ReferredPerson line, string newChannel, DateTime now)
    {
        referral.Channel = newChannel;
        ReferralRecords.FillIdentity(person.Identity, line);
        person.UpdatedAt = now;
        if (sheet is null) return;
        var (from, to, mine) = (sheet.Situation, line.Situation, person.Situation);
        person.Sex = Follow(person.Sex, sheet.Sex, line.Sex!);
        person.CommuneInsee = Follow(person.CommuneInsee, sheet.CommuneInsee, line.CommuneInsee!);
        mine.Rsa = Follow(mine.Rsa, from.Rsa, to.Rsa);
        mine.Ass = Follow(mine.Ass, from.Ass, to.Ass);
        mine.Aah = Follow(mine.Aah, from.Aah, to.Aah);
        mine.Rqth = Follow(mine.Rqth, from.Rqth, to.Rqth);
        mine.LongTermUnemployed = Follow(mine.LongTermUnemployed, from.LongTermUnemployed, to.LongTermUnemployed);
        mine.Qpv = Follow(mine.Qpv, from.Qpv, to.Qpv);
        mine.EducationLevel = Follow(mine.EducationLevel, from.EducationLevel, to.EducationLevel);
        sheet.Sex = line.Sex!;
        sheet.CommuneInsee = line.CommuneInsee!;
        from.Rsa = to.Rsa;
        from.Ass = to.Ass;
        from.Aah = to.Aah;
        from.Rqth = to.Rqth;
        from.LongTermUnemployed = to.LongTermUnemployed;
        from.Qpv = to.Qpv;
        from.EducationLevel = to.EducationLevel;
    }

    /// <summary>The PLIE's value follows the list's only while it is still the one the list gave before.</summary>
    private static T Follow<T>(T current, T before, T after) => EqualityComparer<T>.Default.Equals(current, before) ? after : current;
}
