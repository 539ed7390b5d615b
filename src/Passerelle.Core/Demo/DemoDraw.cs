namespace Passerelle.Core.Demo;

/// <summary>Readable draws over one seeded <see cref="Random"/> (the only source of chance of the demo data).</summary>
internal sealed class DemoDraw(Random random)
{
    public int Int(int maxExclusive) => random.Next(maxExclusive);

    public int Between(int min, int max) => random.Next(min, max + 1);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var n = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (n < weight) return value;
            n -= weight;
        }
        return choices[^1].Value;
    }
}
