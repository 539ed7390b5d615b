using Passerelle.Core.Exits;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>An exit's verdict for the <c>_Verdict</c> partial: compact on the person page, with its explanation on the exit page.</summary>
public sealed record VerdictView(ExitVerdict Verdict, bool Detailed);
