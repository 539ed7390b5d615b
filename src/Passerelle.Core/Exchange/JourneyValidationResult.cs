namespace Passerelle.Core.Exchange;

/// <summary>What a pass over a journey file found: the PLIE it names, how many persons, and every problem.</summary>
public sealed record JourneyValidationResult(string? Plie, int Persons, IReadOnlyList<JourneyImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
