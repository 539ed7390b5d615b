using System.CommandLine;

namespace Passerelle.Cli;

/// <summary>`import journeys` and `export journeys` (contract §3-4).</summary>
public static class ExchangeVerbs
{
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
