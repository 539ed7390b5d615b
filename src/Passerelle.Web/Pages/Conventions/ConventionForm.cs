using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.Conventions;
using Passerelle.Core.InfoSessions;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>
/// The convention form as typed (strings: a date or number that does not read gets a French message on its field). What a
/// convention must carry is judged by <see cref="ConventionRules"/>; its errors come back on the field they name. Error
/// keys are the inputs' ids, so that the error summary links to them.
/// </summary>
public sealed class ConventionForm
{
    public const int CorrespondentLines = 8;

    public string? Titre { get; set; }
    public string? Type { get; set; }
    public string? Partenaire { get; set; }
    public string? Debut { get; set; }
    public string? Fin { get; set; }
    public string? Revue { get; set; }
    public string? Frequence { get; set; }
    public string? Echeance { get; set; }
    public string? Canal { get; set; }
    public List<string> Donnees { get; set; } = [];
    public List<CorrespondentLine> Correspondants { get; set; } = [];
    public string? ConservationFin { get; set; }
    public string? ConservationAccompagnement { get; set; }
    public bool AccesCorrespondants { get; set; }

    public static ConventionForm New() => new()
    {
        Type = ConventionCodes.DataExchange,
        Frequence = ConventionCodes.Monthly,
        Echeance = "7",
        Canal = "filr",
        Donnees = [.. DataItems.Exchangeable],
        ConservationFin = "120",
        Correspondants = [.. Enumerable.Range(0, CorrespondentLines).Select(_ => new CorrespondentLine())],
    };

    public static ConventionForm From(Convention c) => new()
    {
        Titre = c.Title,
        Type = c.Kind,
        Partenaire = c.PartnerId.ToString(),
        Debut = Iso(c.StartsOn),
        Fin = Iso(c.EndsOn),
        Revue = c.ReviewOn is { } r ? Iso(r) : null,
        Frequence = c.Frequency,
        Echeance = c.DueBeforeDay.ToString(CultureInfo.InvariantCulture),
        Canal = c.Channel,
        Donnees = [.. c.AllowedItems],
        Correspondants = [.. c.Correspondents.OrderBy(k => Array.IndexOf(Roles, k.Role)).ThenBy(k => k.Side)
            .Select(k => new CorrespondentLine { Role = k.Role, Partie = k.Side, Organisme = k.Organisation })
            .Concat(Enumerable.Range(0, Math.Max(2, CorrespondentLines - c.Correspondents.Count)).Select(_ => new CorrespondentLine()))],
        ConservationFin = c.RetentionMonthsAfterEnd.ToString(CultureInfo.InvariantCulture),
        ConservationAccompagnement = c.RetentionMonthsAfterAccompaniment?.ToString(CultureInfo.InvariantCulture),
        AccesCorrespondants = c.CorrespondentAccess,
    };

    /// <summary>The typed values; a field that does not read is null, with its problem in <paramref name="state"/>.</summary>
    public ConventionInput ToInput(ModelStateDictionary state)
    {
        return new ConventionInput(Titre, Blank(Type), Guid.TryParse(Partenaire, out var p) ? p : null,
            Date(state, nameof(Debut), Debut), Date(state, nameof(Fin), Fin), Date(state, nameof(Revue), Revue),
            Blank(Frequence), Number(state, nameof(Echeance), Echeance), Blank(Canal), Donnees,
            [.. Correspondants.Where(c => !c.IsEmpty).Select(c => new CorrespondentInput(Blank(c.Role), Blank(c.Partie), c.Organisme))],
            Number(state, nameof(ConservationFin), ConservationFin), Number(state, nameof(ConservationAccompagnement), ConservationAccompagnement), AccesCorrespondants);
    }

    /// <summary>The rules' errors on their field (the index of a correspondent counts the lines filled in, as they were sent).</summary>
    public void AddErrors(ModelStateDictionary state, IEnumerable<FieldError> errors)
    {
        var filled = Correspondants.Select((c, i) => (c, i)).Where(x => !x.c.IsEmpty).Select(x => x.i).ToList();
        foreach (var e in errors)
        {
            var key = e.Field switch
            {
                "title" => nameof(Titre),
                "kind" => nameof(Type),
                "partner" => nameof(Partenaire),
                "startsOn" => nameof(Debut),
                "endsOn" => nameof(Fin),
                "reviewOn" => nameof(Revue),
                "frequency" => nameof(Frequence),
                "dueBeforeDay" => nameof(Echeance),
                "channel" => nameof(Canal),
                "allowedItems" => nameof(Donnees),
                "retentionMonthsAfterEnd" => nameof(ConservationFin),
                "retentionMonthsAfterAccompaniment" => nameof(ConservationAccompagnement),
                "correspondentAccess" => nameof(AccesCorrespondants),
                var f when f.StartsWith("correspondents[", StringComparison.Ordinal) => CorrespondentKey(f, filled),
                _ => "",
            };
            if (key.Length > 0 && state.TryGetValue(key, out var entry) && entry.Errors.Count > 0) continue;
            state.AddModelError(key, char.ToUpperInvariant(e.Message[0]) + e.Message[1..]);
        }
    }

    public static readonly string[] Roles = [.. ConventionCodes.Roles.Keys];

    public static string LineKey(int index, string field) => $"Correspondants_{index}_{field}";

    private static string CorrespondentKey(string field, List<int> filled)
    {
        var close = field.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(field["correspondents[".Length..close], CultureInfo.InvariantCulture);
        var name = field[(close + 2)..] switch { "role" => "Role", "side" => "Partie", _ => "Organisme" };
        return LineKey(filled[index], name);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();

    private static DateOnly? Date(ModelStateDictionary state, string key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (FrenchDates.TryParse(text, out var d)) return d;
        state.AddModelError(key, $"Date impossible ou mal écrite « {text.Trim()} » (jj/mm/aaaa).");
        return null;
    }

    private static int? Number(ModelStateDictionary state, string key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        state.AddModelError(key, $"Nombre entier attendu : « {text.Trim()} » ne convient pas.");
        return null;
    }
}
