using System.Security.Cryptography;
using Passerelle.Core.Documents;
using Passerelle.Core.InfoSessions;

namespace Passerelle.Core.Tracking;

/// <summary>
/// The files of a tracking table: an XLSX (inline strings only) and the same rows as CSV (« ; », UTF-8 with BOM, a cell
/// that would start a formula prefixed with an apostrophe: <see cref="CsvCells"/>), and the AES-256 zip that carries both.
/// </summary>
public static class TrackingFiles
{
    public const string SheetName = "Tableau de suivi";

    public static byte[] Xlsx(TrackingTable table)
    {
        using var buffer = new MemoryStream();
        XlsxTable.Write(buffer, SheetName, table.Titles, table.Rows);
        return buffer.ToArray();
    }

    public static byte[] Csv(TrackingTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, CsvCells.Encoding, leaveOpen: true))
        {
            writer.Write(CsvCells.Line([.. table.Titles]));
            foreach (var row in table.Rows) writer.Write(CsvCells.Line([.. row]));
        }
        return buffer.ToArray();
    }

    /// <summary>The encrypted zip holding <c>{stem}.xlsx</c> and <c>{stem}.csv</c>.</summary>
    public static byte[] Zip(TrackingTable table, string stem, string passphrase, DateTime modified)
    {
        using var buffer = new MemoryStream();
        EncryptedZip.Write(buffer, passphrase, modified, [(stem + ".xlsx", Xlsx(table)), (stem + ".csv", Csv(table))]);
        return buffer.ToArray();
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
