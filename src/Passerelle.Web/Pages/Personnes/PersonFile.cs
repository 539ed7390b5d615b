using System.Globalization;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A person's facts sorted into the sections of their file (barriers, steps, contracts, contacts, requests…) and the
/// timeline by month, read once from the facts in memory: the page stays one pass over them however many there are.
/// Sections list the latest first; the timeline reads in order.
/// </summary>
public sealed class PersonFile
{
    private readonly Dictionary<string, string> names;

    public PersonFile(IReadOnlyList<JourneyEvent> ordered, PathwayState state, IReadOnlyList<StaffMember> staff, DateOnly today)
    {
        Ordered = ordered;
        State = state;
        Today = today;
        // A name shared by several users (the demo's « Référent·e de parcours ») says nothing: the e-mail then.
        var shared = staff.GroupBy(s => s.DisplayName).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        names = staff.Where(s => s.DisplayName.Length > 0 && !shared.Contains(s.DisplayName))
            .ToDictionary(s => s.Email, s => s.DisplayName, StringComparer.OrdinalIgnoreCase);
        var latestFirst = ordered.Reverse().ToList();
        Barriers = [.. latestFirst.OfType<BarrierEvent>()];
        Steps = [.. latestFirst.OfType<StepEvent>()];
        Contracts = [.. latestFirst.OfType<ContractEvent>()];
        Trainings = [.. latestFirst.OfType<TrainingEvent>()];
        Creations = [.. latestFirst.OfType<BusinessCreationEvent>()];
        Suspensions = [.. latestFirst.OfType<SuspensionEvent>()];
        Contacts = [.. latestFirst.OfType<ContactEvent>()];
        ReferentChanges = [.. latestFirst.OfType<ReferentChangeEvent>()];
        Requests = [.. latestFirst.OfType<RequestEvent>().OrderBy(r => r.Outcome is null ? 0 : 1)];
        Months = [.. ordered.GroupBy(e => new DateOnly(e.Date.Year, e.Date.Month, 1)).Select(g => (Month(g.Key), g.Key, (IReadOnlyList<JourneyEvent>)[.. g]))];
    }

    public IReadOnlyList<JourneyEvent> Ordered { get; }
    public PathwayState State { get; }
    public DateOnly Today { get; }

    public IReadOnlyList<BarrierEvent> Barriers { get; }
    public IEnumerable<BarrierEvent> BarriersIdentified => Barriers.Where(b => b.End is null && b.WorkedFrom is null);
    public IEnumerable<BarrierEvent> BarriersWorked => Barriers.Where(b => b.End is null && b.WorkedFrom is not null);
    public IEnumerable<BarrierEvent> BarriersLifted => Barriers.Where(b => b.End is not null);
    public IReadOnlyList<StepEvent> Steps { get; }
    public IReadOnlyList<ContractEvent> Contracts { get; }
    public IReadOnlyList<TrainingEvent> Trainings { get; }
    public IReadOnlyList<BusinessCreationEvent> Creations { get; }
    public IReadOnlyList<SuspensionEvent> Suspensions { get; }
    public IReadOnlyList<ContactEvent> Contacts { get; }
    public IReadOnlyList<ReferentChangeEvent> ReferentChanges { get; }
    /// <summary>Those waiting for France Travail's answer first.</summary>
    public IReadOnlyList<RequestEvent> Requests { get; }
    public IReadOnlyList<(string Label, DateOnly Month, IReadOnlyList<JourneyEvent> Facts)> Months { get; }

    /// <summary>The name shown for a referent's e-mail: the user's name when it tells them apart, else the e-mail.</summary>
    public string Name(string? email) => email is null ? "—" : names.GetValueOrDefault(email, email);

    /// <summary>The referent of the pathway on <paramref name="day"/>, by name.</summary>
    public string ReferentOn(DateOnly day) => State.Referents.On(day) is { } email ? Name(email) : "hors parcours";

    /// <summary>The referent before a change (the day before it).</summary>
    public string ReferentBefore(ReferentChangeEvent change) => Name(State.Referents.On(change.Date.AddDays(-1)));

    public FactView Describe(JourneyEvent e) => FactDescriber.Describe(e, Name);

    /// <summary>« En cours », « À venir », « Terminé » (« Terminée » for a feminine noun: étape, formation, suspension).</summary>
    public string Status(PeriodEvent p, bool feminine = false) =>
        p.Date > Today ? "À venir" : p.End is { } end && end < Today ? (feminine ? "Terminée" : "Terminé") : "En cours";

    private static string Month(DateOnly first)
    {
        var label = first.ToString("MMMM yyyy", FrenchDates.Culture);
        return char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
    }
}
