namespace Passerelle.Core;

/// <summary>Bad input: a French message for people, and the field, line or JSON path it concerns.</summary>
public sealed class ValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
