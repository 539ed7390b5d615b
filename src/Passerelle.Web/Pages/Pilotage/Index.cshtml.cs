using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage;

/// <summary>The steering pages open to the user, one entry of the main navigation for all of them.</summary>
[Authorize]
public class IndexModel(ActorContext actor) : PageModel
{
    public List<(string Title, string Href, string Text)> Pages { get; } = [];

    public void OnGet()
    {
        var plie = actor.PlieId is not null;
        var own = actor.Role == Role.Referent;
        if (Permissions.Has(User, Permission.ReadPathwayStatistics))
        {
            Pages.Add(own
                ? ("Mes chiffres de parcours", "/Pilotage/Parcours", "Durées, étapes, freins, sorties et justificatifs des parcours que vous suivez.")
                : ("Pilotage des parcours", "/Pilotage/Parcours", "Durées, étapes, freins, sorties, justificatifs, demandes à France Travail, orientations et accueil, par référent·e."));
            if (!own)
            {
                Pages.Add(("Rapport d'activité", "/Pilotage/Activite", "Public intégré, prescripteurs, étapes, contrats, freins et sorties sur une période, imprimable."));
                Pages.Add(("Objectifs du protocole", "/Pilotage/Objectifs", "Réalisé et projection à la fin du protocole ou de l'année, objectif par objectif."));
            }
        }
        if (plie && Permissions.Has(User, Permission.ReadReports))
            Pages.Add(("Bilan quantitatif", "/Pilotage/Bilan", "Les colonnes de l'annexe 1 pour une année, au total et par agence France Travail ; CSV, Excel, JSON."));
        if (plie || Permissions.Has(User, Permission.ReadRegionalIndicators))
            if (Permissions.Has(User, Permission.ReadReports) || Permissions.Has(User, Permission.ReadRegionalIndicators))
                Pages.Add(("Bilan qualitatif", "/Pilotage/Qualitatif", "Les 8 questions de l'annexe 2 sur le partenariat avec France Travail, par convention et par année."));
        if (Permissions.Has(User, Permission.ReadRegionalIndicators))
            Pages.Add(("Indicateurs régionaux", "/Pilotage/Regional", "Les indicateurs de pilotage de plusieurs PLIE : sources PLIE et France Travail, par département ou porteur."));
    }
}
