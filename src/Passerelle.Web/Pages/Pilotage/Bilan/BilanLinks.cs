using Microsoft.AspNetCore.Http;

namespace Passerelle.Web.Pages.Pilotage.Bilan;

/// <summary>
/// The GET parameters of /Pilotage/Bilan and of the list of people behind a figure: codes only (year, agency code, figure
/// key), never personal data. A France Travail referral that named no agency is written <see cref="NoAgency"/>.
/// </summary>
public static class BilanLinks
{
    public const string NoAgency = "-";

    /// <summary>The agency of a table as a parameter value: null for the total.</summary>
    public static string? Param(string? agency) => agency is null ? null : agency.Length == 0 ? NoAgency : agency;

    /// <summary>The agency a parameter value names: null for the total, "" for referrals that named none.</summary>
    public static string? Agency(string? param) => string.IsNullOrEmpty(param) ? null : param == NoAgency ? "" : param;

    public static string Page(int year, string? agency, string? handler = null) => "/Pilotage/Bilan" + Query(year, agency, handler, null);

    public static string People(int year, string? agency, string key) => "/Pilotage/Bilan/Personnes" + Query(year, agency, null, key);

    private static QueryString Query(int year, string? agency, string? handler, string? key)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (handler is not null) query.Add(new("handler", handler));
        query.Add(new("annee", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Param(agency) is { } a) query.Add(new("agence", a));
        if (key is not null) query.Add(new("cle", key));
        return QueryString.Create(query);
    }
}
