using System.Text.Json;

namespace Passerelle.Core.Exchange;

/// <summary>
/// A piece of a journey file read by <see cref="JsonStreamCursor"/>: a root property (<see cref="Name"/>) or the
/// person at <see cref="Index"/>. The caller owns and disposes <see cref="Document"/>.
/// </summary>
public sealed record JsonStreamItem(JsonStreamItemKind Kind, string? Name, int Index, JsonDocument? Document) : IDisposable
{
    public void Dispose() => Document?.Dispose();
}
