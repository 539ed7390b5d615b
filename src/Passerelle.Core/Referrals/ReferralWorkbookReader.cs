using System.Globalization;
using System.Text.RegularExpressions;
using Passerelle.Core.Documents;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referentials;
using static Passerelle.Core.Referrals.ReferralWorkbookColumns;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Reads a France Travail referral list (xlsx, first sheet, headers on the first non-empty line, matched by
/// <see cref="ReferralWorkbookColumns"/>) with the shared <see cref="XlsxSheetReader"/> (bounded read, streamed rows,
/// formulas refused, every problem by line and column), then checks each line's values. Reads only: the caller imports
/// the rows when there is no error at all.
/// </summary>
public sealed partial class ReferralWorkbookReader(CommuneReferential communes)
{
    public const long MaxBytes = XlsxSheetReader.MaxBytes;
    public const int MaxLines = XlsxSheetReader.MaxLines;

    private static readonly XlsxSheetReader Sheet = new(Headers, "une liste d'orientations tient en quelques Mo.");

    /// <param name="knownAgency">Whether an agency code names a France Travail agency of the instance.</param>
    /// <param name="today">Dates after it are refused.</param>
    /// <param name="territory">INSEE codes of the PLIE's territory: a commune name shared by several communes is read as the one inside.</param>
    public async Task<ReferralWorkbookResult> ReadAsync(Stream input, Func<string, bool> knownAgency, DateOnly today,
        IReadOnlySet<string>? territory = null, CancellationToken ct = default)
    {
        var rows = new List<ReferralWorkbookRow>();
        var duplicates = new List<SheetError>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = await Sheet.ReadAsync(input, line =>
        {
            if (Row(line, knownAgency, today, territory) is not { } row) return;
            if (seenIds.TryGetValue(row.FranceTravailId, out var first))
                duplicates.Add(new(line.Line, "Identifiant France Travail", $"identifiant « {row.FranceTravailId} » déjà présent ligne {first}."));
            else
            {
                seenIds[row.FranceTravailId] = line.Line;
                rows.Add(row);
            }
        }, fields => fields.Contains(CommuneInsee) || fields.Contains(CommuneName)
            ? []
            : [new SheetError(null, "Commune", "colonne obligatoire manquante : « Code INSEE de la commune » ou « Commune ».")], ct);
        List<SheetError> errors = [.. read.Errors.Concat(duplicates).OrderBy(e => e.Line ?? 0)];
        return new(errors.Count == 0 ? rows : [], errors, read.IgnoredColumns);
    }

    private ReferralWorkbookRow? Row(SheetLine line, Func<string, bool> knownAgency, DateOnly today, IReadOnlySet<string>? territory)
    {
        string Text(string field) => line.Text(field);
        void Error(string field, string message) => line.Error(field, message);

        var id = Text(FranceTravailId).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!FtId().IsMatch(id)) Error(FranceTravailId, $"« {Text(FranceTravailId)} » n'est pas un identifiant France Travail (1 à 16 lettres ou chiffres).");
        var lastName = Name(LastName, true);
        var birthName = Name(BirthName, false);
        var firstName = Name(FirstName, true);
        var birth = line.Date(BirthDate);
        if (birth is { } b && (b.Year < 1900 || b > today.AddYears(-14)))
            Error(BirthDate, $"date de naissance invraisemblable ({b:dd/MM/yyyy}).");
        var prescribed = line.Date(PrescribedOn);
        if (prescribed is { } p && p > today) Error(PrescribedOn, $"date dans le futur ({p:dd/MM/yyyy}).");
        if (prescribed is { } p2 && birth is { } b2 && p2 < b2) Error(PrescribedOn, "date de prescription antérieure à la naissance.");
        var sex = SexOf(Text(Sex));
        if (sex is null) Error(Sex, $"« {Text(Sex)} » : attendu F ou M (Madame, Monsieur, Femme, Homme).");
        var commune = Commune(line, territory);
        var agency = Text(Agency).Trim().ToUpperInvariant();
        if (!knownAgency(agency)) Error(Agency, $"agence inconnue « {Text(Agency)} » : le code doit être celui d'une agence France Travail déclarée dans Passerelle.");
        var channel = ChannelOf(Text(Channel));
        if (channel is null) Error(Channel, $"« {Text(Channel)} » : attendu « fil de l'eau » ou « information collective ».");
        var situation = new Situation
        {
            Rsa = Flag(Rsa),
            Ass = Flag(Ass),
            Aah = Flag(Aah),
            Rqth = Flag(Rqth),
            LongTermUnemployed = Flag(LongTermUnemployed),
            Qpv = Flag(Qpv),
            EducationLevel = Level(),
        };
        if (!line.Valid) return null;
        return new(line.Line, id, lastName!, birthName, firstName!, birth!.Value, sex!, commune!, agency, prescribed!.Value, channel!, situation);

        string? Name(string field, bool required)
        {
            var text = Text(field);
            if (text.Length == 0) return null;
            if (text.Length <= 100 && NameShape().IsMatch(text)) return text;
            Error(field, $"« {Cut(text)} » n'est pas un nom (lettres, espaces, traits d'union, apostrophes ; 100 caractères au plus).");
            return null;
        }

        bool Flag(string field)
        {
            var text = SearchKeys.Normalise(Text(field));
            if (text is "" or "NON" or "N" or "0" or "FAUX" or "NO" or "FALSE") return false;
            if (text is "OUI" or "O" or "X" or "1" or "VRAI" or "YES" or "TRUE") return true;
            Error(field, $"« {Cut(Text(field))} » : attendu oui ou non.");
            return false;
        }

        int? Level()
        {
            var text = SearchKeys.Normalise(Text(EducationLevel)).Replace("NIVEAU ", "", StringComparison.Ordinal);
            if (text.Length == 0) return null;
            if (int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 8) return n;
            // The former nomenclature (1969) still used in lists: V = CAP/BEP = level 3 of the 2019 one (décret 2019-14).
            int? former = text switch { "VI" or "V BIS" or "VBIS" => 2, "V" => 3, "IV" => 4, "III" => 5, "II" => 6, "I" => 7, _ => null };
            if (former is null) Error(EducationLevel, $"« {Cut(Text(EducationLevel))} » : niveau 1 à 8 (ou ancien niveau VI à I) attendu.");
            return former;
        }
    }

    private string? Commune(SheetLine line, IReadOnlySet<string>? territory)
    {
        var insee = line.Text(CommuneInsee);
        if (insee.Length > 0)
        {
            var code = insee.Trim().PadLeft(5, '0');
            if (communes.Find(code) is not null) return code;
            line.Error(CommuneInsee, $"code INSEE de commune inconnu « {Cut(insee)} ».");
            return null;
        }
        var name = line.Text(CommuneName);
        if (name.Length == 0)
        {
            line.Error(line.Has(CommuneInsee) ? CommuneInsee : CommuneName, "valeur manquante.");
            return null;
        }
        // A « Commune » column often holds the INSEE code itself.
        if (InseeShape().IsMatch(name.Trim()) && communes.Find(name.Trim()) is not null) return name.Trim();
        var key = SearchKeys.Normalise(name);
        var found = communes.Communes.Where(c => SearchKeys.Normalise(c.Name) == key).ToList();
        if (found.Count > 1 && territory is not null) found = [.. found.Where(c => territory.Contains(c.Insee))];
        if (found.Count == 1) return found[0].Insee;
        line.Error(CommuneName, found.Count == 0
            ? $"commune inconnue « {Cut(name)} »."
            : $"plusieurs communes s'appellent « {Cut(name)} » : donnez le code INSEE.");
        return null;
    }

    private static string? SexOf(string text) => SearchKeys.Normalise(text) switch
    {
        "F" or "FEMME" or "MADAME" or "MME" or "MLLE" or "MADEMOISELLE" => "F",
        "M" or "H" or "HOMME" or "MONSIEUR" or "MR" => "M",
        _ => null,
    };

    private static string? ChannelOf(string text) => SearchKeys.Normalise(text) switch
    {
        "" or "FIL DE L EAU" or "FLUX" or "FLOW" or "ORIENTATION" => "flow",
        "INFORMATION COLLECTIVE" or "IC" or "INFO COLLECTIVE" or "INFO_SESSION" or "INFO SESSION" => "info_session",
        _ => null,
    };

    private static string Cut(string text) => SheetLine.Cut(text);

    [GeneratedRegex("^(?:[0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex InseeShape();

    [GeneratedRegex("^[A-Z0-9]{1,16}$")]
    private static partial Regex FtId();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '’.-]*$")]
    private static partial Regex NameShape();
}
