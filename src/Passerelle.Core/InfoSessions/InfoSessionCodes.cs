using System.Globalization;

namespace Passerelle.Core.InfoSessions;

/// <summary>Codes and references of information collectives.</summary>
public static class InfoSessionCodes
{
    public const string Present = "present";
    public const string Absent = "absent";
    public const string Excused = "excused";

    /// <summary>
    /// Attendance at a convocation. An excused absence is still an absence for France Travail (000 art. 3-4 b reports
    /// "absences à convocation" without distinction): both are listed for it, each with its code.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Attendance = new Dictionary<string, string>
    {
        [Present] = "Présent·e",
        [Absent] = "Absent·e",
        [Excused] = "Excusé·e",
    };

    public static string SessionCode(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"IC-{year}-{number:000}");

    public static string ConvocationReference(int year, int number, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{SessionCode(year, number)}-{ordinal:00}");
}
