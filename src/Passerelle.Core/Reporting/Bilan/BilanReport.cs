namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif of a PLIE for a civil year (seed 000 art. 7 and Annexe 1; contract §6). <see cref="Main"/> is the
/// table asked for: the total of France Travail's referrals, or one agency's when <see cref="Agency"/> is set;
/// <see cref="Agencies"/> are the tables of each agency whose referrals have a fact in the year (none when one agency was
/// asked). <see cref="InfoSessionsInDenominator"/> is the protocol's option for columns 4 and 9 bis.
/// </summary>
public sealed record BilanReport(
    Guid PlieId,
    string Plie,
    string PlieName,
    int Year,
    string? Agency,
    bool InfoSessionsInDenominator,
    string OptionSource,
    BilanTable Main,
    IReadOnlyList<BilanTable> Agencies)
{
    /// <summary>The main table then each agency's, as the files list them.</summary>
    public IEnumerable<BilanTable> Tables => [Main, .. Agencies];

    /// <summary>No fact counted at all in the year (for the page's empty state).</summary>
    public bool IsEmpty => Tables.All(t => t.Figures is { Col1: 0, Col2: 0, Col3: 0, Col5: 0, Col7: 0, Col10: 0, Col14: 0 });
}
