using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Passerelle.Tests.EndToEnd;

/// <summary>Runs axe-core on the page as it is now and fails with every WCAG 2.1 A/AA violation listed.</summary>
public static class AxeAssert
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task NoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
        if (result.Violations.Length == 0) return;
        var report = new StringBuilder($"Accessibility violations on {page.Url}:\n");
        foreach (var v in result.Violations)
        {
            report.AppendLine($"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}");
            foreach (var node in v.Nodes) report.AppendLine($"    {node.Target}: {node.Html}");
        }
        Assert.Fail(report.ToString());
    }
}
