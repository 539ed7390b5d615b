using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// When two written identities may be the same person (issue 3 item 2; domain.md: "the product must detect duplicates
/// (same France Travail id, or same name + birth date)", 000 art. 3-4 a: the counsellor checks the person is not already
/// followed by the PLIE). Names are compared once normalised (<see cref="SearchKeys.Normalise"/>: accents, case,
/// hyphens and apostrophes do not count), and:
/// <list type="bullet">
/// <item>last names match when they read the same once spaces are dropped ("Le Gall" / "LEGALL", "N'Diaye" / "Ndiaye"),
///   or when the words of one are all in the other (compound names: "Martin-Durand" / "Martin"), not counting particles
///   alone ("de", "le"…); the birth (maiden) name of either side is tried as well as the usage name, and a name typed
///   "Durand épouse Martin" or "Martin née Durand" carries both;</item>
/// <item>first names match when they read the same without spaces ("Jean-Pierre" / "Jeanpierre") or when the words of
///   one are all in the other ("Marie" / "Marie-Claire", but not "Marie-Claire" / "Marie-Anne": twins);</item>
/// <item>a last name and first name typed the wrong way round match when both read the same crossed over.</item>
/// </list>
/// A suspicion, never a decision: the user confirms or attaches.
/// </summary>
public static class NameMatching
{
    /// <summary>Words that join a usage name and a birth name on forms ("Martin épouse Durand", "Durand née Martin").</summary>
    private static readonly HashSet<string> Joiners = ["NEE", "EPOUSE", "EPSE", "EP", "VEUVE", "VVE"];

    /// <summary>Particles that do not identify a family on their own.</summary>
    private static readonly HashSet<string> Particles = ["D", "L", "DE", "DU", "DES", "LA", "LE", "LES", "DA", "DI", "DEL", "DELLA", "DOS", "DAS", "VAN", "VON", "DER", "DEN", "EL", "AL"];

    /// <summary>True when the two identities (birth dates set apart) may be the same person.</summary>
    public static bool SamePerson(string lastA, string? birthNameA, string firstA, string lastB, string? birthNameB, string firstB)
    {
        if (SameFirstName(firstA, firstB) && SameLastName(LastNames(lastA, birthNameA), LastNames(lastB, birthNameB))) return true;
        // Crossed over: "MARTIN Awa" typed as last name "Awa", first name "Martin".
        return Joined(lastA) == Joined(firstB) && Joined(firstA) == Joined(lastB) && Joined(lastA).Length > 0;
    }

    public static bool SameFirstName(string a, string b) => SameWords(Words(a), Words(b), allowParticles: true);

    /// <summary>True when one of the last names of <paramref name="a"/> matches one of <paramref name="b"/>.</summary>
    public static bool SameLastName(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Any(y => SameWords(Words(x), Words(y), allowParticles: false)));

    /// <summary>The usage name, the birth name when given, each part of a name typed with "épouse" / "née".</summary>
    public static IReadOnlyList<string> LastNames(string lastName, string? birthName)
    {
        var names = new List<string> { lastName };
        if (!string.IsNullOrWhiteSpace(birthName)) names.Add(birthName);
        foreach (var name in names.ToList())
        {
            var parts = Split(name);
            if (parts.Count > 1) names.AddRange(parts);
        }
        return names;
    }

    private static bool SameWords(IReadOnlyList<string> a, IReadOnlyList<string> b, bool allowParticles)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (string.Concat(a) == string.Concat(b)) return true;
        return Within(a, b, allowParticles) || Within(b, a, allowParticles);
    }

    /// <summary>Every word of <paramref name="part"/> is in <paramref name="whole"/>, and they are not particles only.</summary>
    private static bool Within(IReadOnlyList<string> part, IReadOnlyList<string> whole, bool allowParticles) =>
        part.All(whole.Contains) && (allowParticles || part.Any(w => !Particles.Contains(w)));

    private static List<string> Words(string name) =>
        [.. SearchKeys.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Joiners.Contains(w))];

    private static string Joined(string name) => string.Concat(Words(name));

    /// <summary>"DURAND EPOUSE MARTIN" → ["DURAND", "MARTIN"]; a name without a joiner → itself.</summary>
    private static List<string> Split(string name)
    {
        var parts = new List<string>();
        var current = new List<string>();
        foreach (var word in SearchKeys.Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Joiners.Contains(word))
            {
                current.Add(word);
                continue;
            }
            if (current.Count > 0) parts.Add(string.Join(' ', current));
            current = [];
        }
        if (current.Count > 0) parts.Add(string.Join(' ', current));
        return parts;
    }
}
