using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Core;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Web.Api;

/// <summary>
/// <c>GET /api/v1/plies/{code}/reports/bilan-quantitatif?year=YYYY[&amp;agency=CODE]</c> (contract §6-7): the JSON of
/// <c>report bilan-quantitatif</c>. Another organisation's PLIE answers 404, exactly as a code no PLIE bears; a bad year
/// or agency answers 400 naming the query parameter.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/plies/{code}/reports/bilan-quantitatif", GetBilan)
            .RequireAuthorization(Permission.ReadReports.ToString())
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Bilan quantitatif d'un PLIE pour une année (convention régionale, annexe 1).")
            .WithDescription("Clés col1 … col16 et col9bis du total des orientations France Travail (ou de l'agence « agency »), "
                + "puis « agencies » : le tableau de chaque agence. Taux en fractions arrondies à 4 décimales, null quand le dénominateur est nul.");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetBilan(
        string code, string? year, string? agency, BilanQuantitatif bilan, CancellationToken ct)
    {
        if (await bilan.PlieAsync(code, ct) is not { } plie) return TypedResults.NotFound();
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || year!.Length != 4)
            return Problem("year", year is null ? "Indiquez l'année (AAAA)." : $"Année mal écrite « {year} » (format attendu AAAA).");
        try
        {
            var report = await bilan.ComputeAsync(plie, y, string.IsNullOrEmpty(agency) ? null : agency, "json", ct);
            using var buffer = new MemoryStream();
            await BilanJson.WriteAsync(report, buffer, ct);
            return TypedResults.File(buffer.ToArray(), "application/json");
        }
        catch (ValidationException e)
        {
            return Problem(e.Field, char.ToUpper(e.Message[0], CultureInfo.GetCultureInfo("fr-FR")) + e.Message[1..]);
        }
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "La demande de bilan contient une erreur.");
}
