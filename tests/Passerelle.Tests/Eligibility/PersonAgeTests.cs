using Passerelle.Core.Eligibility;

namespace Passerelle.Tests.Eligibility;

public class PersonAgeTests
{
    [Theory]
    [InlineData("1996-06-15", "2022-06-14", 25)]
    [InlineData("1996-06-15", "2022-06-15", 26)]
    [InlineData("1996-06-15", "2022-06-16", 26)]
    [InlineData("1996-12-31", "2022-01-01", 25)]
    // Born on 29 February: a year older on 1 March of a common year, on 29 February of a leap year.
    [InlineData("2000-02-29", "2018-02-28", 17)]
    [InlineData("2000-02-29", "2018-03-01", 18)]
    [InlineData("2000-02-29", "2020-02-29", 20)]
    public void Age_is_counted_in_whole_years_reached_on_the_birthday(string born, string on, int age)
    {
        Assert.Equal(age, PersonAge.On(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
