using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Exits;

/// <summary>Short builders of journey events (contract §4.1) and the verdict of a preset on one exit.</summary>
public static class ExitFacts
{
    public const string Casa = "casa-2021-2023";
    public const string Cov = "cov-2020-2022";
    public const string Martigues = "martigues-2023-2027";

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static JourneyEventDto Integration(string date) => new() { Type = "integration", Date = D(date) };

    public static JourneyEventDto Contract(string kind, string start, string? end, decimal weeklyHours, decimal? hoursWorked = null, bool? insertionCompany = null) => new()
    {
        Type = "contract",
        Start = D(start),
        End = end is null ? null : D(end),
        Kind = kind,
        WeeklyHours = weeklyHours,
        HoursWorked = hoursWorked,
        InsertionCompany = insertionCompany,
    };

    public static JourneyEventDto Training(string start, string? end, bool qualifying, string? obtained = null) => new()
    {
        Type = "training",
        Start = D(start),
        End = end is null ? null : D(end),
        Qualifying = qualifying,
        QualificationObtained = obtained is null ? null : D(obtained),
    };

    public static JourneyEventDto Business(string date) => new() { Type = "business_creation", Date = D(date) };

    public static JourneyEventDto Exit(string date, string reason, bool? atypicalApproved = null, params string[] proofs) => new()
    {
        Type = "exit",
        Date = D(date),
        Reason = reason,
        Proofs = proofs,
        AtypicalApproved = atypicalApproved,
    };

    /// <summary>Every proof the rules may expect: the verdict then turns on the facts alone.</summary>
    public static readonly string[] AllProofs = ["contract", "payslips", "kbis", "training_certificate", "qualification_certificate"];

    public static ExitVerdict Judge(string preset, JourneyEventDto exit, params JourneyEventDto[] facts) =>
        PositiveExitRules.Evaluate(ProtocolPresets.Load(preset).Exits, [Integration("2024-01-02"), .. facts, exit], exit);

    public static ExitVerdict Judge(JourneyEventDto exit, params JourneyEventDto[] facts) => Judge(Casa, exit, facts);
}
