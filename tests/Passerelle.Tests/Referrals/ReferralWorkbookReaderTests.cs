using Passerelle.Core.Referentials;
using Passerelle.Core.Referrals;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// France Travail referral lists (issue 3 item 1): headers matched flexibly (« Pôle emploi » wording too), the columns of
/// the data annex of seed 000 (B. « Données transmises par Pôle emploi au PLIE ») only, every problem by line and
/// column, nothing kept on error.
/// </summary>
public class ReferralWorkbookReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly object?[] Headers =
        ["Identifiant Pôle emploi", "NOM", "Nom de naissance", "Prénom", "Date de naissance", "Civilité", "Commune", "Agence", "Date d'orientation", "BRSA", "DELD", "Niveau", "Observations"];

    private static object?[] Line(string id = "1234567A", object? birth = null, string sex = "Mme", string commune = "Vallauris", string agency = "FT-ANTIBES",
        object? prescribed = null) =>
        [id, "Martin-Durand", "Ndiaye", "Awa", birth ?? new DateOnly(1981, 4, 2), sex, commune, agency, prescribed ?? "03/11/2026", "oui", "X", "V", "appelle le lundi"];

    private static Task<ReferralWorkbookResult> ReadAsync(params object?[][] rows) =>
        new ReferralWorkbookReader(CommuneReferential.Shared).ReadAsync(Xlsx.Build(rows), a => a is "FT-ANTIBES" or "FT-CAGNES", Today);

    [Fact]
    public async Task A_list_in_the_former_Pole_emploi_wording_is_read_with_its_values_and_free_text_columns_are_ignored()
    {
        var result = await ReadAsync(Headers, Line(), Line(id: "7654321b", sex: "M.", commune: "06004", agency: "ft-cagnes", prescribed: new DateOnly(2026, 10, 1)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Observations"], result.IgnoredColumns);
        var (awa, other) = (result.Rows[0], result.Rows[1]);
        Assert.Equal((2, "1234567A", "Martin-Durand", "Ndiaye", "Awa", new DateOnly(1981, 4, 2), "F", "06155", "FT-ANTIBES", new DateOnly(2026, 11, 3), "flow"),
            (awa.Line, awa.FranceTravailId, awa.LastName, awa.BirthName, awa.FirstName, awa.BirthDate, awa.Sex, awa.CommuneInsee, awa.Agency, awa.PrescribedOn, awa.Channel));
        Assert.Equal((true, true, false, 3), (awa.Situation.Rsa, awa.Situation.LongTermUnemployed, awa.Situation.Rqth, awa.Situation.EducationLevel));
        Assert.Equal(("7654321B", "M", "06004", "FT-CAGNES", new DateOnly(2026, 10, 1)), (other.FranceTravailId, other.Sex, other.CommuneInsee, other.Agency, other.PrescribedOn));
    }

    public static TheoryData<string, object?[], string> BadLines => new()
    {
        // name, line 2, expected "line|column|fragment"
        { "bad date", Line(birth: "31/02/1981"), "2|Date de naissance|date impossible « 31/02/1981 »" },
        { "future prescription", Line(prescribed: "01/12/2026"), "2|Date d'orientation|date dans le futur" },
        { "unknown agency", Line(agency: "FT-NICE"), "2|Agence|agence inconnue « FT-NICE »" },
        { "unknown commune", Line(commune: "Atlantis"), "2|Commune|commune inconnue « Atlantis »" },
        { "sex", Line(sex: "X"), "2|Civilité|attendu F ou M" },
        { "France Travail id", Line(id: "12 34-56"), "2|Identifiant Pôle emploi|n'est pas un identifiant France Travail" },
        { "formula", Line(id: "=HYPERLINK(\"http://x\",\"y\")"), "2|Identifiant Pôle emploi|formule refusée (cellule A3)" },
        { "empty required", Line(id: ""), "2|Identifiant Pôle emploi|valeur manquante" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_bad_line_is_reported_with_its_line_and_column_and_no_line_is_kept(string name, object?[] line, string expected)
    {
        var result = await ReadAsync(Headers, Line(id: "1111111A"), line);

        var (at, column, fragment) = (int.Parse(expected.Split('|')[0]) + 1, expected.Split('|')[1], expected.Split('|')[2]);
        Assert.False(result.Succeeded, name);
        Assert.Contains(result.Errors, e => e.Line == at && e.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task A_missing_column_is_named_with_the_headers_accepted_for_it()
    {
        var result = await ReadAsync(Headers.Where(h => (string)h! != "Date de naissance").ToArray(), Line()[..4]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((null, "Date de naissance"), (error.Line, error.Column));
        Assert.Contains("colonne obligatoire manquante", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_person_twice_in_a_list_is_refused_on_the_second_line()
    {
        var result = await ReadAsync(Headers, Line(), Line(id: "1234567a"));

        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("déjà présent ligne 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_megabytes_of_garbage_are_refused_as_not_a_workbook()
    {
        var garbage = new byte[10 * 1024 * 1024];
        new Random(7).NextBytes(garbage);

        var result = await new ReferralWorkbookReader(CommuneReferential.Shared).ReadAsync(new MemoryStream(garbage), _ => true, Today);

        var error = Assert.Single(result.Errors);
        Assert.Contains("n'est pas un classeur Excel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_being_read_whole()
    {
        var result = await new ReferralWorkbookReader(CommuneReferential.Shared).ReadAsync(new MemoryStream(new byte[ReferralWorkbookReader.MaxBytes + 10]), _ => true, Today);

        Assert.Contains("trop volumineux", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
