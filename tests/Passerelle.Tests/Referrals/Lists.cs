namespace Passerelle.Tests.Referrals;

/// <summary>
/// France Travail referral lists as the PLIE receives them (seed 000 data annex B: identification, benefits, long-term
/// unemployment, prescription date and agency), in the former « Pôle emploi » wording, with a free-text column that the
/// import ignores. Dates are relative to the day the test runs (the import refuses future prescriptions).
/// </summary>
public static class Lists
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    public static readonly object?[] Headers =
        ["Identifiant Pôle emploi", "NOM", "Prénom", "Date de naissance", "Civilité", "Code INSEE", "Agence", "Date de prescription", "BRSA", "DELD", "Niveau", "Observations"];

    public sealed record Line(string Id, string Last, string First, DateOnly Birth)
    {
        public string Sex { get; init; } = "Mme";
        public string Commune { get; init; } = "06155";
        public string Agency { get; init; } = "FT-ANTIBES";
        public object Prescribed { get; init; } = Today.AddDays(-20);
        public string Rsa { get; init; } = "oui";

        public object?[] Cells() => [Id, Last, First, Birth, Sex, Commune, Agency, Prescribed, Rsa, "non", "V", "rappeler lundi"];
    }

    public static Line Awa => new("1234567A", "Diallo", "Awa", new(1981, 4, 2));
    public static Line Karim => new("7654321B", "Benali", "Karim", new(1975, 11, 30)) { Sex = "M." };

    public static MemoryStream Of(params Line[] lines) => Xlsx.Build([Headers, .. lines.Select(l => l.Cells())]);

    /// <summary><paramref name="count"/> distinct people (ids, names, birth dates), for volume tests.</summary>
    public static IEnumerable<Line> Many(int count) => Enumerable.Range(0, count).Select(i =>
        new Line($"{1000000 + i}X", "Nom" + Letters(i), "Prenom" + Letters(i * 7), new DateOnly(1960, 1, 1).AddDays(i % 15000)));

    private static string Letters(int n)
    {
        var s = "";
        do { s += (char)('a' + n % 26); n /= 26; } while (n > 0);
        return s;
    }
}
