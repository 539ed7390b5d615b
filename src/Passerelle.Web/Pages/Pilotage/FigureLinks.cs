using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Passerelle.Core.Reporting;
using Passerelle.Web.Pages.Pilotage.Parcours;

namespace Passerelle.Web.Pages.Pilotage;

/// <summary>
/// A figure of a steering page linked to the list of the people behind it (<c>/Pilotage/Parcours/Personnes</c>, the key
/// and the period, codes only in the address), when the user may read people and there is someone to list.
/// </summary>
public static class FigureLinks
{
    public static string? Href(bool canListPeople, string? key, int count, ReportPeriod period, Guid? referent = null)
    {
        if (!canListPeople || key is null || count == 0) return null;
        var query = new List<KeyValuePair<string, string?>> { new("cle", key), new("du", PeriodFilter.Iso(period.From)), new("au", PeriodFilter.Iso(period.To)) };
        if (referent is { } r) query.Add(new("referent", r.ToString()));
        return "/Pilotage/Parcours/Personnes" + QueryString.Create(query);
    }

    /// <summary>The figure as <paramref name="text"/> (the count in French by default), a link when <paramref name="href"/> is given.</summary>
    public static IHtmlContent Html(string? href, int count, string? text = null)
    {
        var shown = WebUtility.HtmlEncode(text ?? FigureText.N(count));
        return href is null
            ? new HtmlString(shown)
            : new HtmlString($"<a href=\"{WebUtility.HtmlEncode(href)}\">{shown}<span class=\"visually-hidden\"> (voir les personnes)</span></a>");
    }
}
