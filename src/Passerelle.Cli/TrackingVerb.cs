using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;

namespace Passerelle.Cli;

/// <summary>
/// `export tracking --plie CODE --month YYYY-MM --out FILE.zip --password-file F [--agency CODE]` (contract §3): the monthly
/// tracking table for France Travail, AES-256 encrypted, entered in the register of tables sent. Every problem is printed
/// with the option it concerns; nothing is written or registered then.
/// </summary>
public static class TrackingVerb
{
    public static Command Create()
    {
        var plie = new Option<string>("--plie") { Description = "Code du PLIE", Required = true };
        var month = new Option<string>("--month") { Description = "Mois du tableau, AAAA-MM (ex. 2026-03)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Fichier zip chiffré à écrire (ex. tableau-2026-03.zip)", Required = true };
        var passwordFile = new Option<FileInfo>("--password-file")
        {
            Description = $"Fichier contenant la phrase de passe du zip ({Passphrases.MinLength} caractères au moins), à transmettre à France Travail par un autre canal",
            Required = true,
        };
        var agency = new Option<string?>("--agency") { Description = "Code de l'agence France Travail, si plusieurs conventions d'échange de données couvrent le mois" };
        var cmd = new Command("tracking",
            "Produit le tableau de suivi mensuel pour France Travail (valeurs codées, colonnes de la convention d'échange de données) : " +
            "un zip chiffré AES-256 contenant le tableau en XLSX et en CSV, inscrit au registre des tableaux transmis avec son empreinte SHA-256.")
        { plie, month, output, passwordFile, agency };
        cmd.SetAction((r, ct) => CliHost.RunAsync("export tracking", async (sp, ct) =>
        {
            var problems = new List<string>();
            if (!TrackingMonth.TryParse(r.GetValue(month), out var period))
                problems.Add($"--month : mois mal écrit « {r.GetValue(month)} » (AAAA-MM, par exemple 2026-03).");
            var passphrase = await ReadPassphraseAsync(r.GetRequiredValue(passwordFile), problems, ct);
            var target = r.GetRequiredValue(output);
            if (target.Directory is { Exists: false } dir) problems.Add($"--out : dossier introuvable : {dir.FullName}");
            var db = sp.GetRequiredService<PasserelleDbContext>();
            var code = r.GetRequiredValue(plie);
            var org = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code && o.Kind == OrganisationKind.Plie, ct);
            if (org is null) problems.Add($"--plie : aucun PLIE ne porte le code « {code} ».");
            var exports = sp.GetRequiredService<TrackingExports>();
            Guid? conventionId = null;
            if (org is not null && problems.Count == 0)
            {
                var conventions = await exports.ConventionsAsync(org.Id, period, ct);
                var wanted = r.GetValue(agency);
                var matching = wanted is null ? conventions : [.. conventions.Where(c => string.Equals(c.PartnerCode, wanted, StringComparison.OrdinalIgnoreCase))];
                if (conventions.Count == 0)
                    problems.Add($"--plie : aucune convention d'échange de données du PLIE « {code} » ne couvre {period} ; enregistrez-la d'abord (page Conventions).");
                else if (matching.Count == 0)
                    problems.Add($"--agency : aucune convention d'échange de données avec « {wanted} » ne couvre {period} ; agences possibles : {string.Join(", ", conventions.Select(c => c.PartnerCode))}.");
                else if (matching.Count > 1)
                    problems.Add($"--agency : plusieurs conventions couvrent {period} ({string.Join(", ", matching.Select(c => c.PartnerCode))}) : précisez l'agence.");
                else conventionId = matching[0].Convention.Id;
            }
            if (conventionId is { } id && problems.Count == 0)
            {
                var result = (await exports.ProduceAsync(id, period, passphrase, ct))!;
                foreach (var e in result.Errors) problems.Add($"{Option(e.Field)} : {e.Message}");
                if (result.Produced is { } produced)
                {
                    await File.WriteAllBytesAsync(target.FullName, produced.Dispatch.Content, ct);
                    Console.WriteLine($"Tableau de suivi de {period.Label} pour {produced.Dispatch.PartnerCode} : {produced.Dispatch.Rows} ligne(s), " +
                        $"{target.FullName} (SHA-256 {produced.Dispatch.Sha256}), inscrit au registre des tableaux transmis.");
                    return 0;
                }
            }
            foreach (var p in problems) await Console.Error.WriteLineAsync($"erreur : {p}");
            await Console.Error.WriteLineAsync("Aucun tableau produit, rien n'a été inscrit au registre.");
            return 2;
        }, ct));
        return cmd;
    }

    private static async Task<string?> ReadPassphraseAsync(FileInfo file, List<string> problems, CancellationToken ct)
    {
        if (!file.Exists)
        {
            problems.Add($"--password-file : fichier introuvable : {file.FullName}");
            return null;
        }
        var text = (await File.ReadAllTextAsync(file.FullName, ct)).TrimEnd('\r', '\n');
        if (text.Length < Passphrases.MinLength)
        {
            problems.Add($"--password-file : phrase de passe trop courte ({text.Length} caractères) : {Passphrases.MinLength} au moins.");
            return null;
        }
        return text;
    }

    private static string Option(string field) => field switch
    {
        "month" => "--month",
        "password" => "--password-file",
        _ => "--plie",
    };
}
