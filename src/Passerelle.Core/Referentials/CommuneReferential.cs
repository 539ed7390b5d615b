using System.Collections.Frozen;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Referentials;

/// <summary>
/// The official list of communes, EPCI and EPT (data/communes.json, embedded in the assembly).
/// Immutable once loaded: register it as a singleton; the file is parsed once, on first use, thread-safely.
/// </summary>
public sealed class CommuneReferential
{
    private readonly Lazy<CommuneData> data;

    public CommuneReferential() : this(CommuneData.LoadEmbedded) { }

    internal CommuneReferential(Func<CommuneData> load) =>
        data = new Lazy<CommuneData>(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A shared instance for code that has no dependency injection (CLI, tests).</summary>
    public static CommuneReferential Shared { get; } = new();

    /// <summary>Version of @etalab/decoupage-administratif the data was reduced from.</summary>
    public string SourceVersion => data.Value.SourceVersion;

    public IReadOnlyCollection<Commune> Communes => data.Value.Communes.Values;

    /// <summary>The current commune with this INSEE code, or null.</summary>
    public Commune? Find(string insee) => data.Value.Communes.GetValueOrDefault(insee);

    /// <summary>
    /// Like <see cref="Find"/>, but also accepts a code an address may still carry: a municipal arrondissement
    /// (Paris, Lyon, Marseille) or a delegated/associated commune, answered with the current commune.
    /// </summary>
    public Commune? FindCurrent(string code) =>
        Find(code) ?? (data.Value.Aliases.TryGetValue(code, out var parent) ? Find(parent) : null);

    /// <summary>The EPCI or EPT with this SIREN code, or null.</summary>
    public Epci? Epci(string code) => data.Value.Bodies.GetValueOrDefault(code);

    /// <summary>The communes of an EPCI or EPT, by INSEE code; empty for an unknown code.</summary>
    public IReadOnlyList<Commune> CommunesOfEpci(string code) =>
        data.Value.Members.TryGetValue(code, out var members) ? members : [];

    /// <summary>
    /// The INSEE codes a protocol territory covers: its communes plus every commune of its EPCI/EPT.
    /// An unknown code is a misconfigured protocol, not an empty territory: it throws, naming the codes.
    /// </summary>
    public IReadOnlySet<string> ResolveTerritory(Territory territory)
    {
        ArgumentNullException.ThrowIfNull(territory);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var code in territory.Communes)
        {
            if (FindCurrent(code) is { } commune) codes.Add(commune.Insee);
            else unknown.Add($"commune {code}");
        }
        foreach (var code in territory.Epci)
        {
            if (Epci(code) is null) unknown.Add($"EPCI/EPT {code}");
            else codes.UnionWith(CommunesOfEpci(code).Select(c => c.Insee));
        }
        if (unknown.Count > 0)
            throw new ValidationException("territory",
                $"Territoire ({territory.Source}) : codes inconnus du référentiel {SourceVersion} : {string.Join(", ", unknown)}.");
        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
