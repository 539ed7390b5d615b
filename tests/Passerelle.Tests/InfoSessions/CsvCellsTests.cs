using Passerelle.Core.InfoSessions;

namespace Passerelle.Tests.InfoSessions;

/// <summary>CSV cells for spreadsheets: quoted per RFC 4180, and formulas neutralised (OWASP "CSV injection").</summary>
public class CsvCellsTests
{
    [Theory]
    [InlineData("IC-2025-001-01", "IC-2025-001-01")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("dit \"non\"", "\"dit \"\"non\"\"\"")]
    [InlineData("ligne\nsuivante", "\"ligne\nsuivante\"")]
    [InlineData("1=1", "1=1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cells_are_quoted_and_formulas_neutralised(string? value, string expected) => Assert.Equal(expected, CsvCells.Escape(value));

    [Fact]
    public void A_line_joins_its_cells_with_semicolons_and_ends_with_CRLF() =>
        Assert.Equal("a;'=b;\"c;d\"\r\n", CsvCells.Line("a", "=b", "c;d"));
}
