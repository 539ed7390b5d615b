namespace Passerelle.Core.InfoSessions;

/// <summary>What became of a change: done (<see cref="Id"/> of what was created or changed) or refused with its errors, nothing written.</summary>
public sealed record Outcome(Guid? Id, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome Done(Guid id) => new(id, []);

    public static Outcome Refused(params FieldError[] errors) => new(null, errors);

    public static Outcome Refused(IReadOnlyList<FieldError> errors) => new(null, errors);
}
