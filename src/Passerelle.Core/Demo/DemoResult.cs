namespace Passerelle.Core.Demo;

public sealed record DemoResult(IReadOnlyList<(string Login, string Role)> Logins);
