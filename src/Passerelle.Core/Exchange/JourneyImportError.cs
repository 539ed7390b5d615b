namespace Passerelle.Core.Exchange;

/// <summary>One problem of an imported file: where (a JSON path such as <c>$.persons[3].events[2].end</c>) and what, in French.</summary>
public sealed record JourneyImportError(string Path, string Message)
{
    public override string ToString() => $"{Path} : {Message}";
}
