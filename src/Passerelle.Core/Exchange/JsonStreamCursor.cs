using System.Text.Json;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Reads a journey file piece by piece so that a 100,000-person file never sits whole in memory: the root's
/// properties one at a time, and the <c>persons</c> array one person at a time, each as its own small
/// <see cref="JsonDocument"/>. Broken JSON surfaces as a <see cref="JsonException"/> carrying line and byte
/// position (the reader state, and so the line count, carries over from one buffer to the next).
/// </summary>
public sealed class JsonStreamCursor(Stream stream)
{
    private enum Phase { BeforeRoot, InRoot, InPersons, AfterRoot, Done }

    private byte[] buffer = new byte[1 << 17];
    private int start, end;
    private bool finalBlock, bomChecked, personsSeen;
    private JsonReaderState state = new(new JsonReaderOptions { MaxDepth = 64 });
    private Phase phase = Phase.BeforeRoot;
    private int personIndex;

    /// <summary>Whether the root's <c>persons</c> array has been reached (it may be empty).</summary>
    public bool PersonsSeen => personsSeen;

    /// <summary>The next piece, or null at the end of the document.</summary>
    public async ValueTask<JsonStreamItem?> NextAsync(CancellationToken ct = default)
    {
        while (true)
        {
            if (TryStep(out var item)) return item;
            await FillAsync(ct);
        }
    }

    // Tries to read one whole piece from the bytes at hand. False: more bytes are needed, and nothing was consumed
    // since the last commit, so the next try starts again from the same place with a fuller buffer.
    private bool TryStep(out JsonStreamItem? item)
    {
        item = null;
        var origin = start;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        while (true)
        {
            switch (phase)
            {
                case Phase.BeforeRoot:
                    if (!reader.Read()) return false;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        phase = Phase.Done;
                        item = new JsonStreamItem(JsonStreamItemKind.RootNotObject, null, -1, null);
                        return true;
                    }
                    Commit(ref reader, origin);
                    phase = Phase.InRoot;
                    continue;
                case Phase.InRoot:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        Commit(ref reader, origin);
                        phase = Phase.AfterRoot;
                        continue;
                    }
                    var name = reader.GetString()!;
                    if (!reader.Read()) return false;
                    if (name == "persons" && !personsSeen && reader.TokenType == JsonTokenType.StartArray)
                    {
                        personsSeen = true;
                        Commit(ref reader, origin);
                        phase = Phase.InPersons;
                        continue;
                    }
                    if (!TryParseValue(ref reader, origin, out var header)) return false;
                    item = new JsonStreamItem(JsonStreamItemKind.Header, name, -1, header);
                    return true;
                case Phase.InPersons:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        Commit(ref reader, origin);
                        phase = Phase.InRoot;
                        continue;
                    }
                    if (!TryParseValue(ref reader, origin, out var person)) return false;
                    item = new JsonStreamItem(JsonStreamItemKind.Person, null, personIndex++, person);
                    return true;
                case Phase.AfterRoot:
                    // Only the final block proves there is nothing after the root (the reader throws on trailing data).
                    if (reader.Read() || !finalBlock) return false;
                    phase = Phase.Done;
                    return true;
                default:
                    return true;
            }
        }
    }

    private bool TryParseValue(ref Utf8JsonReader reader, int origin, out JsonDocument? document)
    {
        document = null;
        var probe = reader;
        if (!probe.TrySkip()) return false;
        document = JsonDocument.ParseValue(ref reader);
        Commit(ref reader, origin);
        return true;
    }

    private void Commit(ref Utf8JsonReader reader, int origin)
    {
        start = origin + (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private async Task FillAsync(CancellationToken ct)
    {
        if (finalBlock) throw new InvalidOperationException("Lecture JSON bloquée en fin de fichier.");
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        // One person larger than the buffer: grow it rather than fail.
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
        if (read == 0) finalBlock = true;
        end += read;
        if (!bomChecked && (end >= 3 || finalBlock))
        {
            bomChecked = true;
            if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
        }
    }
}
