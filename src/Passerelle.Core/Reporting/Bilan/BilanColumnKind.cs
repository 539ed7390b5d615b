namespace Passerelle.Core.Reporting.Bilan;

/// <summary>What a column of the Bilan quantitatif counts (contract §6).</summary>
public enum BilanColumnKind
{
    /// <summary>Distinct people with at least one such fact dated in the year.</summary>
    People,
    /// <summary>Exit events dated in the year.</summary>
    Exits,
    /// <summary>A fraction of two columns, rounded to 4 decimals, null when the denominator is 0.</summary>
    Rate,
    /// <summary>Column 13: the exits of column 10 by exit reason.</summary>
    ExitsByReason,
}
