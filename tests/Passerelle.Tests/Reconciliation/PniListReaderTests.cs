using Passerelle.Core.Reconciliation;
using Passerelle.Tests.Referrals;

namespace Passerelle.Tests.Reconciliation;

/// <summary>
/// France Travail's quarterly list of PNI-delegated people (001 art. 2-4 a « la liste des personnes identifiées en
/// accompagnement PLIE, c'est-à-dire en suivi délégué »): headers in either wording, values checked, every problem by line
/// and column, no line kept on error (issue 5 item 4: « a malformed list is refused whole with a report »).
/// </summary>
public class PniListReaderTests
{
    private static readonly object?[] Headers =
        ["Identifiant Pôle emploi", "Nom", "Prénom", "Date de naissance", "Agence PE", "Date début délégation PNI", "Date fin délégation PNI", "Commentaire"];

    private static object?[] Line(string id = "1234567A", object? start = null, object? end = null, string agency = "FT-ANTIBES", object? birth = null) =>
        [id, "Martin", "Awa", birth ?? new DateOnly(1981, 4, 2), agency, start ?? new DateOnly(2026, 2, 1), end ?? "01/02/2028", "rappeler"];

    private static Task<PniListRead> ReadAsync(params object?[][] rows) =>
        new PniListReader().ReadAsync(Xlsx.Build(rows), a => a is "FT-ANTIBES" or "FT-CAGNES");

    [Fact]
    public async Task A_list_in_the_former_Pole_emploi_wording_is_read_and_other_columns_are_ignored()
    {
        var result = await ReadAsync(Headers, Line(), Line(id: "7654 321b", agency: "ft-cagnes", start: "15/03/2026", end: ""));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Commentaire"], result.IgnoredColumns);
        Assert.Equal(new PniListRow(2, "1234567A", "FT-ANTIBES", new DateOnly(2026, 2, 1), new DateOnly(2028, 2, 1)), result.Rows[0]);
        Assert.Equal(new PniListRow(3, "7654321B", "FT-CAGNES", new DateOnly(2026, 3, 15), null), result.Rows[1]);
    }

    [Fact]
    public async Task France_Travail_wording_is_read_too()
    {
        var result = await ReadAsync(["identifiant France Travail", "AGENCE", "Date de début de la délégation PNI"], ["1234567A", "FT-ANTIBES", "2026-02-01"]);

        Assert.Equal(new PniListRow(2, "1234567A", "FT-ANTIBES", new DateOnly(2026, 2, 1), null), Assert.Single(result.Rows));
    }

    public static TheoryData<string, object?[], string> BadLines => new()
    {
        // name, line 3, expected "column|fragment"
        { "bad start date", Line(start: "31/02/2026"), "Date début délégation PNI|date impossible « 31/02/2026 »" },
        { "bad birth date", Line(birth: "hier"), "Date de naissance|date impossible « hier »" },
        { "end before start", Line(end: "01/01/2026"), "Date fin délégation PNI|antérieure à son début" },
        { "unknown agency", Line(agency: "FT-NICE"), "Agence PE|agence inconnue « FT-NICE »" },
        { "formula", Line(id: "=HYPERLINK(\"http://x\",\"y\")"), "Identifiant Pôle emploi|formule refusée (cellule A3)" },
        { "France Travail id", Line(id: "12-34"), "Identifiant Pôle emploi|n'est pas un identifiant France Travail" },
        { "empty start", Line(start: ""), "Date début délégation PNI|valeur manquante" },
        { "same person twice", Line(id: "1111111a"), "Identifiant Pôle emploi|déjà présent ligne 2" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_bad_line_is_reported_with_its_line_and_column_and_no_line_is_kept(string name, object?[] line, string expected)
    {
        var result = await ReadAsync(Headers, Line(id: "1111111A"), line);

        var (column, fragment) = (expected.Split('|')[0], expected.Split('|')[1]);
        Assert.False(result.Succeeded, name);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task A_missing_column_is_named_with_the_headers_accepted_for_it()
    {
        var result = await ReadAsync(["Identifiant", "Nom", "Date début délégation PNI"], ["1234567A", "Martin", "01/02/2026"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((null, "Agence"), (error.Line, error.Column));
        Assert.Contains("colonne obligatoire manquante", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_bytes_are_refused_as_not_a_workbook()
    {
        var garbage = new byte[64 * 1024];
        new Random(5).NextBytes(garbage);

        var result = await new PniListReader().ReadAsync(new MemoryStream(garbage), _ => true);

        Assert.Contains("n'est pas un classeur Excel", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
