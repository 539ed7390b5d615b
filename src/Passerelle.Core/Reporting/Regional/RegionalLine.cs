using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// One line of the regional tables: a PLIE (<see cref="Plie"/> its code), a group's subtotal or the total (<see cref="Plie"/>
/// null). <see cref="PlieSide"/> are the Bilan quantitatif columns of the total of France Travail's referrals (the
/// calculator's, summed for subtotals, rates recomputed from the sums); <see cref="Referred"/> is the denominator of columns
/// 4 and 9 bis (col. 1, or col. 1 + col. 2 under each PLIE's protocol), kept so that sums divide by the sum of denominators.
/// </summary>
public sealed record RegionalLine(string? Plie, string Name, BilanFigures PlieSide, int Referred, FranceTravailFigures FranceTravail)
{
    public bool IsSum => Plie is null;

    public static RegionalLine Sum(string name, IReadOnlyList<RegionalLine> lines)
    {
        int S(Func<BilanFigures, int> f) => lines.Sum(l => f(l.PlieSide));
        var (c1, c2, c3, c5, c7, c10, c11, c14, c15) = (S(f => f.Col1), S(f => f.Col2), S(f => f.Col3), S(f => f.Col5), S(f => f.Col7),
            S(f => f.Col10), S(f => f.Col11), S(f => f.Col14), S(f => f.Col15));
        var referred = lines.Sum(l => l.Referred);
        var reasons = lines.SelectMany(l => l.PlieSide.Col13).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        var figures = new BilanFigures(c1, c2, c3, BilanFigures.Rate(c3, referred), c5, BilanFigures.Rate(c5, c3), c7,
            BilanFigures.Rate(c7, c5), BilanFigures.Rate(c7, c3), BilanFigures.Rate(c7, referred),
            c10, c11, BilanFigures.Rate(c11, c10), reasons, c14, c15, BilanFigures.Rate(c15, c14));
        return new RegionalLine(null, name, figures, referred, FranceTravailFigures.Sum(lines.Select(l => l.FranceTravail)));
    }
}
