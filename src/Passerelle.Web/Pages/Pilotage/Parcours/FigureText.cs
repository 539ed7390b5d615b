namespace Passerelle.Web.Pages.Pilotage.Parcours;

/// <summary>Figures as the steering tables write them, in French (1 234 ; 25 % ; 15,6 mois).</summary>
public static class FigureText
{
    public static string N(int n) => n.ToString("#,0", FrenchDates.Culture);

    public static string Share(int n, int total) => total == 0 ? "—" : ((double)n / total).ToString("0 %", FrenchDates.Culture);

    public static string Months(decimal? months) => months is { } m ? m.ToString("0.0", FrenchDates.Culture) + " mois" : "—";

    /// <summary>An average in a sentence: « sans objet » when there is nothing to average.</summary>
    public static string Average(decimal? months) => months is null ? "sans objet" : Months(months);
}
