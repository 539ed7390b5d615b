namespace Passerelle.Core.Commission;

/// <summary>
/// What the commission needs to know to decide a file other than an integration: the pathway's dates for an extension,
/// the exit and its atypical situations for an atypical exit (French lines), and the months an extension may still grant.
/// </summary>
public sealed record FileContext(IReadOnlyList<string> Lines, int? MonthsLeft = null);
