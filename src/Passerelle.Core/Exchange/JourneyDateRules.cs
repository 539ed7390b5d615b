namespace Passerelle.Core.Exchange;

/// <summary>
/// Impossible dates of contract §4.2: in the future relative to the import, before the person's birth, end before start.
/// <paramref name="TodayIs"/> names the reference day in messages: the import's day, or today for a fact typed on a page.
/// </summary>
internal sealed record JourneyDateRules(DateOnly Today, DateOnly? BirthDate, string TodayIs = "jour de l'import")
{
    public void Check(JsonFields f, string name, DateOnly? date)
    {
        if (date is not { } d) return;
        if (d > Today) f.Error(name, $"date dans le futur ({d:yyyy-MM-dd}, postérieure au {Today:yyyy-MM-dd}, {TodayIs}).");
        else if (BirthDate is { } birth && d < birth) f.Error(name, $"date antérieure à la naissance ({d:yyyy-MM-dd} avant le {birth:yyyy-MM-dd}).");
    }

    public void CheckPeriod(JsonFields f, DateOnly? start, DateOnly? end, string endName = "end")
    {
        Check(f, "start", start);
        Check(f, endName, end);
        if (start is { } s && end is { } e && e < s)
            f.Error(endName, $"fin antérieure au début ({e:yyyy-MM-dd} avant le {s:yyyy-MM-dd}).");
    }
}
