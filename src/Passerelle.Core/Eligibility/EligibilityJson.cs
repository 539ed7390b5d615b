using System.Text.Encodings.Web;
using System.Text.Json;

namespace Passerelle.Core.Eligibility;

public static class EligibilityJson
{
    /// <summary>
    /// camelCase and indented (contract §3); nulls are written, since <c>passed: null</c> is an answer in itself
    /// (to be confirmed); accents stay readable.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
