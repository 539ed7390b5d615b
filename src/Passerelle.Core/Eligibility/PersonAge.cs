namespace Passerelle.Core.Eligibility;

/// <summary>Age in whole years, as a civil-status officer counts it.</summary>
public static class PersonAge
{
    /// <summary>
    /// One is N years old from one's N-th birthday included. Born on 29 February: the birthday of a common year is
    /// 1 March (the month and day are compared, so 28 February is still the day before).
    /// </summary>
    public static int On(DateOnly birthDate, DateOnly on)
    {
        var years = on.Year - birthDate.Year;
        if (on.Month < birthDate.Month || on.Month == birthDate.Month && on.Day < birthDate.Day) years--;
        return years;
    }
}
