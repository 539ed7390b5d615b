using System.Text.Encodings.Web;
using System.Text.Json;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Writes a journey file in its canonical form (indented by two spaces, "\n" line ends, readable accents, fields
/// in the order of <see cref="JourneyPersonDto"/>, absent fields omitted), one person at a time, flushing as it
/// goes. The export writes this form, so exporting an import gives back the canonical form of the file.
/// </summary>
public sealed class JourneyWriter(Stream output) : IAsyncDisposable
{
    private const int FlushThreshold = 1 << 16;

    private readonly Utf8JsonWriter writer = new(output, new JsonWriterOptions
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public void WriteStart(string plie)
    {
        writer.WriteStartObject();
        writer.WriteString("format", JourneyFile.FormatName);
        writer.WriteNumber("version", 1);
        writer.WriteString("plie", plie);
        writer.WriteStartArray("persons");
    }

    public async ValueTask WritePersonAsync(JourneyPersonDto person, CancellationToken ct = default)
    {
        JsonSerializer.Serialize(writer, person, JourneyJson.Options);
        if (writer.BytesPending > FlushThreshold) await writer.FlushAsync(ct);
    }

    public async Task WriteEndAsync(CancellationToken ct = default)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
    }

    /// <summary>A whole file in canonical form (small files: tests, demo data).</summary>
    public static async Task WriteAsync(JourneyFile file, Stream output, CancellationToken ct = default)
    {
        await using var w = new JourneyWriter(output);
        w.WriteStart(file.Plie);
        foreach (var p in file.Persons) await w.WritePersonAsync(p, ct);
        await w.WriteEndAsync(ct);
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
