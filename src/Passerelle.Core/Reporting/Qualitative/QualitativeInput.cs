namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>One question's answer as typed in the form (null: not chosen).</summary>
public sealed record QualitativeInput(string? Answer, string? Comment);
