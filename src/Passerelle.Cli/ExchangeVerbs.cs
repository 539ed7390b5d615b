using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Exchange;
using Passerelle.Core.Referrals;

namespace Passerelle.Cli;

/// <summary>`import journeys`, `export journeys` (contract §3-4), `import referrals` (France Travail lists, issue 3 item 1) and `export tracking` (<see cref="TrackingVerb"/>).</summary>
public static class ExchangeVerbs
{
    public static IEnumerable<Command> All()
    {
        yield return new Command("import", "Importe des données dans l'instance.") { ImportJourneys(), ImportReferrals() };
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

    private static Command ImportReferrals()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Liste d'orientations France Travail (classeur Excel .xlsx)" };
        var plie = new Option<string>("--plie") { Description = "Code du PLIE qui reçoit la liste", Required = true };
        var duplicates = new Option<string?>("--duplicates")
        {
            Description = "Que faire des lignes dont la personne est peut-être déjà connue : « create » (autre personne : la créer) " +
                "ou « skip » (ne pas importer la ligne). Sans cette option, ces lignes sont listées et rien n'est importé.",
        };
        duplicates.AcceptOnlyFromAmong("create", "skip");
        var cmd = new Command("referrals",
            "Importe une liste d'orientations France Travail dans un PLIE. Tout ou rien : au moindre problème, chacun est listé " +
            "avec sa ligne et sa colonne et rien n'est écrit. Réimporter la même liste ne change rien ; une ligne corrigée met à jour " +
            "l'orientation importée avant. Une personne connue par son identifiant France Travail reçoit la nouvelle orientation.") { file, plie, duplicates };
        cmd.SetAction((r, ct) => CliHost.RunAsync("import referrals", async (sp, ct) =>
        {
            var input = r.GetRequiredValue(file);
            var shown = input.ToString();
            if (!input.Exists) throw new ValidationException(shown, "fichier introuvable.");
            await using var stream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var import = sp.GetRequiredService<ReferralListImport>();
            var request = new ReferralListRequest(r.GetRequiredValue(plie), stream) { Confirm = true };
            var outcome = await import.ImportAsync(request, ct);
            if (outcome.Kind == ReferralListOutcomeKind.Preview && r.GetValue(duplicates) is { } all)
            {
                var choice = all == "create" ? ReferralListChoice.New : ReferralListChoice.Skip;
                stream.Position = 0;
                outcome = await import.ImportAsync(request with { Choices = outcome.Suspected.ToDictionary(l => l.Line, _ => choice) }, ct);
            }
            switch (outcome.Kind)
            {
                case ReferralListOutcomeKind.Refused:
                    foreach (var e in outcome.Errors) await Console.Error.WriteLineAsync($"{shown}: {e}");
                    await Console.Error.WriteLineAsync($"{outcome.Errors.Count} problème(s) : la liste est refusée, rien n'a été importé.");
                    return 2;
                case ReferralListOutcomeKind.Preview:
                    foreach (var l in outcome.Suspected)
                        await Console.Error.WriteLineAsync($"{shown}: ligne {l.Line} : personne peut-être déjà connue" +
                            (l.Candidates.Count == 0 ? "" : $" ({string.Join(", ", l.Candidates.Select(c => c.Ref))})") +
                            (l.InPathwayInAnotherPlie ? " ; déjà en parcours dans un autre PLIE" : "") + ".");
                    await Console.Error.WriteLineAsync($"{outcome.ToDecide} ligne(s) à décider : rien n'a été importé. Décidez ligne par ligne sur la page " +
                        "« Listes France Travail » (/Orientations/Import), ou relancez avec --duplicates create|skip.");
                    return 1;
                default:
                    Console.WriteLine(outcome.ChangesNothing
                        ? $"Aucune modification : la liste avait déjà été importée ({outcome.Unchanged} ligne(s) inchangée(s), {outcome.Skipped} écartée(s))."
                        : $"Liste importée : {outcome.Created} personne(s) créée(s), {outcome.Attached} orientation(s) rattachée(s), " +
                          $"{outcome.Updated} mise(s) à jour, {outcome.Unchanged} inchangée(s), {outcome.Skipped} écartée(s).");
                    return 0;
            }
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
