using System.Text.RegularExpressions;

namespace Passerelle.Core.Exchange;

/// <summary>JSONPath strings for error messages: <c>$.persons[3].events[2].end</c>.</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        Identifier().IsMatch(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string parent, int index) => parent + "[" + index + "]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
