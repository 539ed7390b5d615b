namespace Passerelle.Core.Exchange;

/// <summary>The outcome of an import: counts when it went through, or every problem when it was refused (then nothing was written).</summary>
public sealed record JourneyImportResult(string? Plie, int Created, int Updated, int Unchanged, IReadOnlyList<JourneyImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static JourneyImportResult Refused(string? plie, IReadOnlyList<JourneyImportError> errors) => new(plie, 0, 0, 0, errors);
}
