namespace Passerelle.Core.Reporting;

/// <summary>
/// Counts by figure key (<see cref="FigureKeys"/>), with the people behind each count: the figures and the list of
/// people behind one of them are read from the same tally, so they always agree.
/// </summary>
internal sealed class FigureTally
{
    private readonly Dictionary<string, (int Count, HashSet<Guid> People)> figures = new(StringComparer.Ordinal);

    public void Add(string key, Guid personId)
    {
        if (!figures.TryGetValue(key, out var figure)) figure = (0, []);
        figure.People.Add(personId);
        figures[key] = (figure.Count + 1, figure.People);
    }

    public int Count(string key) => figures.TryGetValue(key, out var f) ? f.Count : 0;

    public int People(string key) => figures.TryGetValue(key, out var f) ? f.People.Count : 0;

    public IReadOnlySet<Guid> PeopleOf(string key) => figures.TryGetValue(key, out var f) ? f.People : new HashSet<Guid>();
}
