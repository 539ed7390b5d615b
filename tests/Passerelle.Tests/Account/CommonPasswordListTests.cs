using Passerelle.Core.Organisations;

namespace Passerelle.Tests.Account;

public class CommonPasswordListTests
{
    [Theory]
    [InlineData("motdepasse", true)]
    [InlineData("MotDePasse", true)]
    [InlineData("azerty", true)]
    [InlineData("soleil", true)]
    [InlineData("123456789012", true)]
    [InlineData("motdepasse123", true)]
    [InlineData("Soleil2026!!!", true)]
    [InlineData("azertyuiop", true)]
    [InlineData("Trois pommes sous le parasol", false)]
    [InlineData("Un-mot-de-passe-de-test-2026", false)]
    public void Common_passwords_are_recognised_whatever_their_case_and_the_digits_around(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void The_list_holds_tens_of_thousands_of_passwords() =>
        Assert.True(CommonPasswordValidator.Count > 40_000);
}
