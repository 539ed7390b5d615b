namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// The browser tests run one after the other: each starts a server and a Chromium, and two at once on a 2-core machine
/// starve each other into time-outs (a 13-test run once stalled for minutes with two running side by side).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
