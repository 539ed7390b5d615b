using System.Text.RegularExpressions;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Audit;

/// <summary>docs/audit-events.md lists every audit action the code writes (the DPO's reference).</summary>
public partial class AuditEventsDocTests
{
    [Fact]
    public void Every_audit_action_written_by_the_code_is_documented()
    {
        var root = RepositoryRoot.Path;
        var doc = File.ReadAllText(System.IO.Path.Combine(root, "docs", "audit-events.md"));
        var actions = Directory.EnumerateFiles(System.IO.Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => AuditCall().Matches(File.ReadAllText(f)).Select(m => m.Groups["action"].Value))
            .Distinct()
            .ToList();

        Assert.Contains("person.read", actions);
        Assert.Contains("account.login", actions);
        Assert.All(actions, a => Assert.Contains($"`{a}`", doc));
    }

    // Record("x.y", …), RecordReadAsync("x.y", …) and the constants of AccountAudit.
    [GeneratedRegex("""(?:Record(?:ReadAsync)?\(|const string \w+ = )"(?<action>[a-z0-9_]+(?:\.[a-z0-9_]+)+)""")]
    private static partial Regex AuditCall();
}
