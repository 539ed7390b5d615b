using Passerelle.Core.Journeys;

namespace Passerelle.Core.Commission;

/// <summary>What became of a commission operation: done (<see cref="Id"/> of what was created or changed) or refused with its errors, nothing written.</summary>
public sealed record CommissionOutcome(Guid? Id, IReadOnlyList<FactError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CommissionOutcome Done(Guid id) => new(id, []);

    public static CommissionOutcome Refused(params FactError[] errors) => new(null, errors);

    public static CommissionOutcome Refused(IReadOnlyList<FactError> errors) => new(null, errors);
}
