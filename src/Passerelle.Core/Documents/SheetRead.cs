namespace Passerelle.Core.Documents;

/// <summary>
/// What reading a list found: every problem (none: the caller's rows may be kept; any: none is, all or nothing), and the
/// titles of the columns ignored because no field matches them (they never enter the database).
/// </summary>
public sealed record SheetRead(IReadOnlyList<SheetError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public bool Succeeded => Errors.Count == 0;
}
