using Passerelle.Core.Exchange;

namespace Passerelle.Core.Exits;

/// <summary>
/// The facts an exit is judged on: those of the pathway it closes, i.e. started on or before the exit date and after
/// the person's previous exit, if any (a person may come back after an administrative exit, 003 art. 3: a contract of
/// an earlier pathway does not make a later exit positive). Facts after the exit are not known at the exit.
/// </summary>
internal sealed record ExitScope(
    DateOnly ExitDate,
    IReadOnlyList<JourneyEventDto> Contracts,
    IReadOnlyList<JourneyEventDto> Trainings,
    IReadOnlyList<DateOnly> Businesses,
    DateOnly? Integration)
{
    /// <summary>
    /// The fact types <see cref="Of"/> reads: a reader that judges exits without loading whole journeys (the Bilan
    /// quantitatif) loads these, and gets the same verdicts as the export.
    /// </summary>
    public static readonly string[] FactTypes = ["exit", "integration", "contract", "training", "business_creation"];

    public static ExitScope Of(IEnumerable<JourneyEventDto> events, DateOnly exitDate)
    {
        var all = events.ToList();
        var previousExit = all.Where(e => e.Type == "exit" && e.Date < exitDate).Max(e => e.Date);
        bool InPathway(DateOnly? start) => start is { } s && s <= exitDate && (previousExit is null || s > previousExit);
        return new ExitScope(
            exitDate,
            [.. all.Where(e => e.Type == "contract" && InPathway(e.Start)).OrderBy(e => e.Start)],
            [.. all.Where(e => e.Type == "training" && InPathway(e.Start)).OrderBy(e => e.Start)],
            [.. all.Where(e => e.Type == "business_creation" && InPathway(e.Date)).Select(e => e.Date!.Value).Order()],
            all.Where(e => e.Type == "integration" && InPathway(e.Date)).Max(e => e.Date));
    }

    /// <summary>How long a fact has been held at the exit: to its end, or to the exit when it runs on.</summary>
    public DateOnly HeldUntil(JourneyEventDto period) =>
        period.End is { } end && end < ExitDate ? end : ExitDate;
}
