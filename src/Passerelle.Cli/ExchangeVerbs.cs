using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Exchange;

namespace Passerelle.Cli;

/// <summary>`import journeys`, `export journeys` (contract §3-4) and `export tracking` (<see cref="TrackingVerb"/>).</summary>
public static class ExchangeVerbs
{
    public static IEnumerable<Command> All()
    {
        yield return new Command("import", "Importe des données dans l'instance.") { ImportJourneys() };
        yield return new Command("export", "Exporte des données de l'instance.") { ExportJourneys(), TrackingVerb.Create() };
    }

    private static Command ImportJourneys()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Fichier JSON au format passerelle-journeys, version 1" };
        var cmd = new Command("journeys",
            "Importe des personnes et leurs parcours dans le PLIE nommé par le fichier. Tout ou rien : au moindre problème, " +
            "chacun est listé avec son chemin JSON et rien n'est écrit. Réimporter le même fichier ne change rien.") { file };
        cmd.SetAction((r, ct) => CliHost.RunAsync("import journeys", async (sp, ct) =>
        {
            var input = r.GetRequiredValue(file);
            var shown = input.ToString();
            if (!input.Exists) throw new ValidationException(shown, "fichier introuvable.");
            await using var stream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var result = await sp.GetRequiredService<JourneyImporter>().ImportAsync(stream, ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors) await Console.Error.WriteLineAsync($"{shown}: {e.Path} : {e.Message}");
                await Console.Error.WriteLineAsync($"{result.Errors.Count} problème(s) : le fichier est refusé, rien n'a été importé.");
                return 2;
            }
            Console.WriteLine($"Import terminé pour le PLIE « {result.Plie} » : {result.Created} personne(s) créée(s), " +
                $"{result.Updated} mise(s) à jour, {result.Unchanged} inchangée(s).");
            return 0;
        }, ct));
        return cmd;
    }

    private static Command ExportJourneys()
    {
        var plie = new Option<string>("--plie") { Description = "Code du PLIE", Required = true };
        var cmd = new Command("journeys",
            "Écrit sur la sortie standard les personnes du PLIE et leurs parcours, au format passerelle-journeys (celui de l'import).") { plie };
        cmd.SetAction((r, ct) => CliHost.RunAsync("export journeys", async (sp, ct) =>
        {
            await using var stdout = Console.OpenStandardOutput();
            var count = await sp.GetRequiredService<JourneyExporter>().ExportAsync(r.GetRequiredValue(plie), stdout, ct);
            // The summary goes to standard error: standard output carries the file.
            await Console.Error.WriteLineAsync($"{count} personne(s) exportée(s).");
            return 0;
        }, ct));
        return cmd;
    }
}
