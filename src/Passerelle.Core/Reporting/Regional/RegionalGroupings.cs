namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// How PLIE are grouped for the regional tables: by department as the annexes do (000 Annexe 2: « Les PLIE dans le 13 »,
/// « dans le 06 », « dans le 83 », then « Total région »), by carrier (a Métropole carrying several PLIE), or all together.
/// </summary>
public static class RegionalGroupings
{
    public const string Department = "departement", Carrier = "porteur", Region = "region";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Department] = "Par département",
        [Carrier] = "Par porteur",
        [Region] = "Région entière",
    };

    public static IReadOnlyList<PlieGroup> Group(IEnumerable<ScopedPlie> plies, string grouping)
    {
        var ordered = plies.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        return grouping switch
        {
            Region => [new PlieGroup("region", "Région", ordered)],
            Carrier => [.. ordered.GroupBy(p => p.CarrierCode).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PlieGroup(g.Key, g.Key.Length == 0 ? "PLIE sans porteur renseigné" : g.First().CarrierName, [.. g]))],
            _ => [.. ordered.GroupBy(p => p.Department).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PlieGroup(g.Key, g.Key.Length == 0 ? "Département non renseigné" : $"Les PLIE dans le {g.Key}", [.. g]))],
        };
    }
}
