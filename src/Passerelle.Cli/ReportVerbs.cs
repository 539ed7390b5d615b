using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Cli;

/// <summary>`report bilan-quantitatif` (contract §3 and §6).</summary>
public static class ReportVerbs
{
    private static readonly string[] Formats = ["json", "csv", "xlsx"];

    public static Command Create() => new("report", "Rapports annuels du PLIE.") { BilanQuantitatif() };

    private static Command BilanQuantitatif()
    {
        var plie = new Option<string>("--plie") { Description = "Code du PLIE", Required = true };
        var year = new Option<string>("--year") { Description = "Année civile, AAAA", Required = true };
        var agency = new Option<string?>("--agency") { Description = "Code d'une agence France Travail (prescriberOrg) : restreint les colonnes 1 à 13 à ses orientations" };
        var format = new Option<string>("--format") { Description = "Format : json, csv ou xlsx", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Fichier à écrire (sinon la sortie standard)" };
        var cmd = new Command("bilan-quantitatif",
            "Écrit le bilan quantitatif du PLIE pour une année (convention régionale, annexe 1) : colonnes 1 à 16 et 9 bis, " +
            "au total et par agence France Travail. Colonnes 1 à 13 : personnes dont le parcours a été ouvert par une orientation " +
            "France Travail ; 14 à 16 : toutes les sorties du PLIE. JSON (clés col1 … col16, col9bis), CSV ou XLSX (intitulés " +
            "de l'annexe 1).") { plie, year, agency, format, output };
        cmd.SetAction((r, ct) => CliHost.RunAsync("report bilan-quantitatif", async (sp, ct) =>
        {
            var code = r.GetRequiredValue(plie);
            var kind = r.GetRequiredValue(format);
            var yearText = r.GetRequiredValue(year);
            var problems = new List<string>();
            if (!Formats.Contains(kind)) problems.Add($"--format : format inconnu « {kind} » ; valeurs possibles : {string.Join(", ", Formats)}.");
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || yearText.Length != 4)
                problems.Add($"--year : année mal écrite « {yearText} » (format attendu AAAA).");
            else if (y is < Core.Reporting.Bilan.BilanQuantitatif.MinYear or > Core.Reporting.Bilan.BilanQuantitatif.MaxYear)
                problems.Add($"--year : année impossible « {yearText} » (attendue entre {Core.Reporting.Bilan.BilanQuantitatif.MinYear} et {Core.Reporting.Bilan.BilanQuantitatif.MaxYear}).");
            if (r.GetValue(output) is { } file && !(file.Directory?.Exists ?? false))
                problems.Add($"--out : dossier introuvable : {file.DirectoryName}");
            var bilan = sp.GetRequiredService<Core.Reporting.Bilan.BilanQuantitatif>();
            var organisation = await bilan.PlieAsync(code, ct);
            if (organisation is null) problems.Add($"--plie : Aucun PLIE ne porte le code « {code} ».");
            if (problems.Count > 0 || organisation is null)
            {
                foreach (var p in problems) await Console.Error.WriteLineAsync($"erreur : {p}");
                return 2;
            }

            BilanReport report;
            try
            {
                report = await bilan.ComputeAsync(organisation, y, r.GetValue(agency), kind, ct);
            }
            catch (ValidationException e)
            {
                throw new ValidationException("--" + e.Field, e.Message);
            }
            // Written whole in memory first: a file is never left half-written, and XLSX needs a seekable stream.
            using var buffer = new MemoryStream();
            switch (kind)
            {
                case "json": await BilanJson.WriteAsync(report, buffer, ct); break;
                case "csv": await BilanCsv.WriteAsync(report, buffer, ct); break;
                default: BilanXlsx.Write(report, buffer); break;
            }
            buffer.Position = 0;
            if (r.GetValue(output) is { } target)
            {
                await using var stream = new FileStream(target.FullName, FileMode.Create, FileAccess.Write);
                await buffer.CopyToAsync(stream, ct);
                await Console.Error.WriteLineAsync($"Bilan quantitatif {report.Year} du PLIE « {report.Plie} » écrit dans {target.FullName}.");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await buffer.CopyToAsync(stdout, ct);
            }
            return 0;
        }, ct));
        return cmd;
    }
}
