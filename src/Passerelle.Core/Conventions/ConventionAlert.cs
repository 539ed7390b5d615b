namespace Passerelle.Core.Conventions;

/// <summary>A convention that needs the coordinator: ending soon, ended without a successor, or due for review.</summary>
public sealed record ConventionAlert(Guid ConventionId, string Title, string Kind, DateOnly On)
{
    public const string Ending = "ending";
    public const string Ended = "ended";
    public const string Review = "review";
}
