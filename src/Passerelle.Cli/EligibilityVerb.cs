using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Exchange;
using Passerelle.Core.Referentials;

namespace Passerelle.Cli;

/// <summary>`eligibility --plie CODE --on DATE` (contract §3 and §5): one person on standard input, the answer on standard output.</summary>
public static class EligibilityVerb
{
    public static Command Create()
    {
        var plie = new Option<string>("--plie") { Description = "Code du PLIE dont le protocole s'applique", Required = true };
        var on = new Option<string>("--on") { Description = "Date de la décision, AAAA-MM-JJ (âge, parcours antérieurs)", Required = true };
        var cmd = new Command("eligibility",
            "Lit une personne (l'objet « person » du format passerelle-journeys) sur l'entrée standard et écrit sur la sortie " +
            "standard, en JSON, l'éligibilité au protocole du PLIE : chaque règle (réussie, échouée ou à confirmer) et son " +
            "explication. Les problèmes de la personne sont listés avec leur chemin JSON ; rien n'est écrit en base.") { plie, on };
        cmd.SetAction((r, ct) => CliHost.RunAsync("eligibility", async (sp, ct) =>
        {
            var code = r.GetRequiredValue(plie);
            if (!DateOnly.TryParseExact(r.GetRequiredValue(on), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new ValidationException("--on", $"date impossible ou mal écrite « {r.GetValue(on)} » (format attendu AAAA-MM-JJ).");
            var problems = new List<string>();
            var protocol = await sp.GetRequiredService<EligibilityService>().ProtocolOfAsync(code, date, ct);
            if (protocol is null) problems.Add($"--plie : Aucun PLIE ne porte le code « {code} ».");
            var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            await using var stdin = Console.OpenStandardInput();
            var (person, errors) = await PersonDocument.ReadAsync(stdin, today, sp.GetRequiredService<CommuneReferential>(), ct);
            problems.AddRange(errors.Select(e => $"entrée standard : {e.Path} : {e.Message}"));
            if (problems.Count > 0 || protocol is null || person is null)
            {
                foreach (var p in problems) await Console.Error.WriteLineAsync(p);
                await Console.Error.WriteLineAsync($"{problems.Count} problème(s) : aucune réponse d'éligibilité.");
                return 2;
            }
            var answer = sp.GetRequiredService<EligibilityEvaluator>().Evaluate(protocol, person, date);
            Console.WriteLine(JsonSerializer.Serialize(answer, EligibilityJson.Options));
            return 0;
        }, ct));
        return cmd;
    }
}
