using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages;

/// <summary>Home page: what the signed-in role can do, as tiles.</summary>
public class IndexModel(PasserelleDbContext db, ActorContext actor, JourneyFigures figures, QuotaReader quotas, TrackingExports tracking,
    ConventionService conventions, TimeProvider clock) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string RoleLabel { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public List<(string Title, string Href, string Text)> Tiles { get; } = [];

    /// <summary>The PLIE's figures, for roles that read its people.</summary>
    public HomeFigures? Figures { get; private set; }
    public int Year { get; private set; }

    /// <summary>The protocol's quotas on the year, for those who run the commission (issue 3 item 5).</summary>
    public IReadOnlyList<QuotaStatus> Quotas { get; private set; } = [];

    /// <summary>Tracking tables not in the register yet (due before the 7th, 000 art. 3-4 b), for those who send them.</summary>
    public IReadOnlyList<TrackingDue> TrackingDue { get; private set; } = [];

    /// <summary>Conventions ending soon or due for review.</summary>
    public IReadOnlyList<ConventionAlert> ConventionAlerts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        DisplayName = User.FindFirst("passerelle:display_name")?.Value ?? "";
        if (actor.Role is { } role) RoleLabel = Roles.Label(role);
        if (actor.OrganisationId is { } orgId) OrganisationName = (await db.Organisations.FindAsync(orgId))?.Name ?? "";
        if (actor.PlieId is not null && Permissions.Has(User, Permission.ReadPersons))
        {
            Year = clock.GetLocalNow().Year;
            Figures = await figures.ForHomeAsync(Year, actor.Role == Role.Referent ? User.Identity?.Name : null);
            if (Permissions.Has(User, Permission.RunCommission))
                Quotas = await quotas.ForYearAsync(Year, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        }
        if (actor.PlieId is not null && Permissions.Has(User, Permission.ManageExchanges))
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            TrackingDue = await tracking.DueAsync(today);
            ConventionAlerts = await conventions.AlertsAsync(today);
        }
        if (Permissions.Has(User, Permission.ReadPersons))
            Tiles.Add(("Rechercher une personne", "/Personnes", "Par nom, date de naissance ou identifiant France Travail."));
        if (Permissions.Has(User, Permission.ReferPersons))
        {
            Tiles.Add(("Nouvelle fiche de liaison", "/Orientations/Nouvelle", "Orienter une personne vers un PLIE, avec la mention d'information de la convention."));
            Tiles.Add(("Mes orientations", "/Orientations", "Les personnes orientées par votre organisation et la suite donnée par le PLIE."));
        }
        if (Permissions.Has(User, Permission.ReadPartnerExchanges))
            Tiles.Add(("Tableaux de suivi et procès-verbaux", "/Correspondant", "Les tableaux transmis à votre agence et les procès-verbaux des commissions, quand la convention ouvre cet accès."));
        if (Permissions.Has(User, Permission.ManageInfoSessions))
            Tiles.Add(("Informations collectives", "/Informations", "Programmer les séances, convoquer, saisir la présence, signaler les absences à France Travail."));
        if (Permissions.Has(User, Permission.ReadPathwayStatistics))
            Tiles.Add(actor.Role == Role.Referent
                ? ("Mes chiffres de parcours", "/Pilotage/Parcours", "Durées, étapes, freins, sorties et justificatifs des parcours que vous suivez.")
                : ("Pilotage des parcours", "/Pilotage/Parcours", "Durées, étapes, freins, sorties, justificatifs et demandes à France Travail, pour le PLIE et par référent."));
        if (Permissions.Has(User, Permission.ReadPathwayStatistics) && actor.Role != Role.Referent)
        {
            Tiles.Add(("Rapport d'activité", "/Pilotage/Activite", "Public intégré, prescripteurs, étapes, contrats, freins et sorties sur une période, imprimable."));
            Tiles.Add(("Objectifs du protocole", "/Pilotage/Objectifs", "Réalisé et projection à la fin du protocole ou de l'année, objectif par objectif."));
        }
        if (Permissions.Has(User, Permission.ReadPersons))
            Tiles.Add(("Commission d'intégration", "/Commission", "Séances, éligibilité, décisions, contrats d'engagement et personnes en attente."));
        if (Permissions.Has(User, Permission.ManageExchanges))
            Tiles.Add(("Conventions et tableaux de suivi", "/Conventions", "Registre des conventions avec France Travail et le Département ; tableaux de suivi mensuels chiffrés."));
        if (Permissions.Has(User, Permission.ReadAudit))
            Tiles.Add(("Journal d'audit", "/Audit", "Qui a consulté ou modifié quelles données, et l'intégrité du journal."));
        if (Permissions.Has(User, Permission.ManageOrganisations) || Permissions.Has(User, Permission.ManageUsers))
            Tiles.Add(("Administration", "/Administration", "Organisations, utilisateurs et clés d'API."));
        else
            Tiles.Add(("Mes clés d'API", "/Administration/Cles", "Pour un logiciel qui interroge Passerelle avec vos droits."));
    }
}
