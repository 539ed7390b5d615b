using System.Text.RegularExpressions;
using Passerelle.Core.Documents;
using static Passerelle.Core.Reconciliation.PniListColumns;

namespace Passerelle.Core.Reconciliation;

/// <summary>
/// Reads France Travail's quarterly list of the people it follows as PNI-delegated to the PLIE (xlsx) with the shared
/// <see cref="XlsxSheetReader"/> (bounded read, first sheet streamed, flexible headers, formulas refused, every problem by
/// line and column), then checks each line: a France Travail id, a known agency, real dates, an end not before the start,
/// each person once. Any problem and no line is kept.
/// </summary>
public sealed partial class PniListReader
{
    private static readonly XlsxSheetReader Sheet = new(Headers, "une liste de suivis délégués tient en quelques Mo.");

    /// <param name="knownAgency">Whether an agency code names a France Travail agency of the instance.</param>
    public async Task<PniListRead> ReadAsync(Stream input, Func<string, bool> knownAgency, CancellationToken ct = default)
    {
        var rows = new List<PniListRow>();
        var duplicates = new List<SheetError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = await Sheet.ReadAsync(input, line =>
        {
            if (Row(line, knownAgency) is not { } row) return;
            if (seen.TryGetValue(row.FranceTravailId, out var first))
                duplicates.Add(new(line.Line, line.Title(FranceTravailId), $"identifiant « {row.FranceTravailId} » déjà présent ligne {first}."));
            else
            {
                seen[row.FranceTravailId] = line.Line;
                rows.Add(row);
            }
        }, ct: ct);
        List<SheetError> errors = [.. read.Errors.Concat(duplicates).OrderBy(e => e.Line ?? 0)];
        return new(errors.Count == 0 ? rows : [], errors, read.IgnoredColumns);
    }

    private static PniListRow? Row(SheetLine line, Func<string, bool> knownAgency)
    {
        var id = line.Text(FranceTravailId).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!FtId().IsMatch(id))
            line.Error(FranceTravailId, $"« {SheetLine.Cut(line.Text(FranceTravailId))} » n'est pas un identifiant France Travail (1 à 16 lettres ou chiffres).");
        var agency = line.Text(Agency).Trim().ToUpperInvariant();
        if (!knownAgency(agency))
            line.Error(Agency, $"agence inconnue « {SheetLine.Cut(line.Text(Agency))} » : le code doit être celui d'une agence France Travail déclarée dans Passerelle.");
        var birth = line.Date(BirthDate);
        if (birth is { } b && b.Year < 1900) line.Error(BirthDate, $"date de naissance invraisemblable ({b:dd/MM/yyyy}).");
        var start = line.Date(Start);
        var end = line.Date(End);
        if (start is { } s && end is { } e && e < s) line.Error(End, $"fin de délégation ({e:dd/MM/yyyy}) antérieure à son début ({s:dd/MM/yyyy}).");
        return line.Valid ? new PniListRow(line.Line, id, agency, start!.Value, end) : null;
    }

    [GeneratedRegex("^[A-Z0-9]{1,16}$")]
    private static partial Regex FtId();
}
