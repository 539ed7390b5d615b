namespace Passerelle.Core.InfoSessions;

/// <summary>A problem with what was typed: the field (or row) it concerns, "" for the whole form, and a French message.</summary>
public sealed record FieldError(string Field, string Message);
