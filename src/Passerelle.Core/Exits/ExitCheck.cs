namespace Passerelle.Core.Exits;

/// <summary>
/// One line of a verdict's explanation: <see cref="Rule"/> is the basis it belongs to (or <c>category</c>,
/// <c>atypical</c>, <c>proofs</c>), <see cref="Passed"/> whether that criterion or fact holds, <see cref="Text"/> the
/// French sentence shown to the referent (facts with their dates and figures, and the threshold they were held to).
/// </summary>
public sealed record ExitCheck(string Rule, bool Passed, string Text);
