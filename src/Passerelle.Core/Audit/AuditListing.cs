using System.Text.Json;

namespace Passerelle.Core.Audit;

/// <summary>
/// Audit lines that record a listing of several people at once (a caseload view): one line per listing rather than
/// one per person, with the ids listed in the detail (<c>{"persons":["…"]}</c>, ids only), so that « who saw
/// person X » still finds it (docs/audit-events.md, /Audit's record filter).
/// </summary>
public static class AuditListing
{
    /// <summary>The actions written this way.</summary>
    public static readonly string[] Actions = ["person.caseload", "person.tracking", "person.bilan", "referral.duplicate_check", "person.reconciliation", "commission.entries_exits"];

    public static object Detail(IEnumerable<Guid> persons) => new { persons = persons.Select(p => p.ToString()).ToList() };

    /// <summary>How a person's id appears in a listing's detail (quoted: a whole id, never a part of another).</summary>
    public static string Mention(Guid person) => $"\"{person}\"";

    /// <summary>The number of people a listing's detail names; null for any other line.</summary>
    public static int? Count(string action, string? detail)
    {
        if (detail is null || !Actions.Contains(action)) return null;
        using var json = JsonDocument.Parse(detail);
        return json.RootElement.TryGetProperty("persons", out var persons) ? persons.GetArrayLength() : null;
    }
}
