using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Web.Pages.Parcours;

/// <summary>Filters and orders of the caseload table, over the rows in memory (about 70 a referent).</summary>
public static class CaseloadView
{
    public static readonly IReadOnlyDictionary<string, string> Situations = new Dictionary<string, string>
    {
        ["employment"] = "En emploi",
        ["training"] = "En formation",
        ["service"] = "En prestation",
        ["suspended"] = "Suspendu",
        ["exited"] = "Sorti·e",
        ["none"] = "Aucune (en parcours)",
    };

    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["alertes"] = "Alertes",
        ["nom"] = "Nom",
        ["integration"] = "Date d'intégration",
        ["contact"] = "Dernier contact",
    };

    public static string SituationLabel(string? code) => code is null ? "—" : Situations.GetValueOrDefault(code, code);

    public static string ModeLabel(string? mode) => Codes.Label(Codes.ContactModes, mode);

    public static string Name(CaseloadEntry e) => e.LastName is null ? "(identité effacée)" : $"{e.LastName.ToUpperInvariant()} {e.FirstName}";

    public static IEnumerable<CaseloadEntry> Filter(IEnumerable<CaseloadEntry> rows, string? alert, string? situation)
    {
        if (alert == "aucune") rows = rows.Where(r => r.Alerts.Count == 0);
        else if (alert == "toutes") rows = rows.Where(r => r.Alerts.Count > 0);
        else if (!string.IsNullOrEmpty(alert)) rows = rows.Where(r => r.Alerts.Any(a => a.Code == alert));
        if (situation == "none") rows = rows.Where(r => r.Situation is null);
        else if (!string.IsNullOrEmpty(situation)) rows = rows.Where(r => r.Situation == situation);
        return rows;
    }

    /// <summary>Ordered by <paramref name="sort"/>; ties by name. The default puts the most alerts, then the oldest, first.</summary>
    public static IReadOnlyList<CaseloadEntry> Order(IEnumerable<CaseloadEntry> rows, string sort, bool descending)
    {
        var byName = (Func<CaseloadEntry, string>)(r => SearchKeys.For(r.LastName ?? "", r.FirstName ?? ""));
        IOrderedEnumerable<CaseloadEntry> ordered = sort switch
        {
            "nom" => descending ? rows.OrderByDescending(byName, StringComparer.Ordinal) : rows.OrderBy(byName, StringComparer.Ordinal),
            "integration" => descending ? rows.OrderByDescending(r => r.IntegrationDate) : rows.OrderBy(r => r.IntegrationDate),
            // Never contacted comes first when looking for the oldest contact.
            "contact" => descending ? rows.OrderByDescending(r => r.LastContact ?? DateOnly.MinValue) : rows.OrderBy(r => r.LastContact ?? DateOnly.MinValue),
            _ => descending
                ? rows.OrderByDescending(r => r.Alerts.Count(a => a.Severity == AlertSeverity.Critical)).ThenByDescending(r => r.Alerts.Count).ThenBy(r => r.Alerts.Count == 0 ? DateOnly.MaxValue : r.Alerts.Min(a => a.Due))
                : rows.OrderBy(r => r.Alerts.Count(a => a.Severity == AlertSeverity.Critical)).ThenBy(r => r.Alerts.Count),
        };
        return ordered.ThenBy(byName, StringComparer.Ordinal).ToList();
    }
}
