using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Referrals;

/// <summary>`import referrals --plie CODE FILE` (contract §3 lets verbs be added): the page's import, run by an administrator.</summary>
public class ReferralListCliTests : DatabaseTest
{
    private async Task<string> FileAsync(params Lists.Line[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"orientations-{Guid.NewGuid():N}.xlsx");
        await using var output = File.Create(file);
        await Lists.Of(lines).CopyToAsync(output);
        return file;
    }

    private async Task<int> PersonsAsync()
    {
        await using var scope = Db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Persons.CountAsync();
    }

    [Fact]
    public async Task A_list_is_refused_with_its_lines_on_stderr_then_imported_and_a_second_run_changes_nothing()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var bad = await FileAsync(Lists.Awa with { Agency = "FT-NICE" });
        var good = await FileAsync(Lists.Awa, Lists.Karim);
        await new PersonBuilder(casa.Id).Named("Karim", "Benali").BornOn(Lists.Karim.Birth).WithFranceTravailId(null).SaveAsync(Db);
        try
        {
            var refused = await CliRun.RunAsync(Db, "import", "referrals", "--plie", "casa", bad);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"{bad}: ligne 2, colonne « Agence » : agence inconnue « FT-NICE »", refused.Stderr, StringComparison.Ordinal);

            var undecided = await CliRun.RunAsync(Db, "import", "referrals", "--plie", "casa", good);
            Assert.Equal(1, undecided.ExitCode);
            Assert.Contains($"{good}: ligne 3 : personne peut-être déjà connue", undecided.Stderr, StringComparison.Ordinal);
            Assert.Equal(1, await PersonsAsync());

            var imported = await CliRun.RunAsync(Db, "import", "referrals", "--plie", "casa", good, "--duplicates", "skip");
            Assert.True(imported.ExitCode == 0, imported.Stderr);
            Assert.Contains("1 personne(s) créée(s)", imported.Stdout, StringComparison.Ordinal);
            Assert.Contains("1 écartée(s)", imported.Stdout, StringComparison.Ordinal);

            var again = await CliRun.RunAsync(Db, "import", "referrals", "--plie", "casa", good, "--duplicates", "skip");
            Assert.True(again.ExitCode == 0, again.Stderr);
            Assert.StartsWith("Aucune modification", again.Stdout, StringComparison.Ordinal);
            Assert.Equal(2, await PersonsAsync());
        }
        finally
        {
            File.Delete(bad);
            File.Delete(good);
        }
    }
}
