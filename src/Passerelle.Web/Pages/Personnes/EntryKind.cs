namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// One tab of the person page's entry panel: its address (<c>?saisie=slug</c>), label, contract §4.1 type and the message
/// once recorded. Before the integration the panel offers the intake facts (<see cref="Intake"/>: first contact, opening
/// of the diagnostic at the first individual interview, barriers identified — issue 3 item 4, 000 art. 3-4 b); in
/// pathway the pathway's (<see cref="All"/>).
/// </summary>
public sealed record EntryKind(string Slug, string Label, string Type, string Done)
{
    public static readonly IReadOnlyList<EntryKind> All =
    [
        new("contact", "Contact", "contact", "Contact enregistré."),
        new("etape", "Étape", "step", "Étape enregistrée."),
        new("contrat", "Contrat", "contract", "Contrat enregistré."),
        new("formation", "Formation", "training", "Formation enregistrée."),
        new("suspension", "Suspension", "suspension", "Suspension enregistrée."),
        new("creation", "Création d'entreprise", "business_creation", "Création d'entreprise enregistrée."),
        new("frein", "Frein", "barrier", "Frein enregistré."),
        new("demande", "Demande à France Travail", "request", "Demande à France Travail enregistrée."),
        new("referent", "Changement de référent", "referent_change", "Changement de référent enregistré."),
        new("absence", "Absence", "absence", "Absence à la convocation enregistrée : elle figurera au prochain tableau de suivi pour France Travail."),
        new("manquement", "Manquement", "breach", "Fait enregistré : il figurera au prochain tableau de suivi pour France Travail."),
        new("secteur", "Secteur souhaité", "sector_wish", "Secteur souhaité enregistré."),
    ];

    public static readonly IReadOnlyList<EntryKind> Intake =
    [
        new("accueil", "Premier accueil", "first_contact", "Premier accueil enregistré."),
        new("diagnostic", "Ouverture du diagnostic", "diagnostic_start", "Ouverture du diagnostic enregistrée."),
        All.Single(k => k.Type == "barrier"),
        All.Single(k => k.Type == "absence"),
        // A wish of sector is validated at the diagnostic or during the pathway (seed 003, « validés par les référentes »).
        All.Single(k => k.Type == "sector_wish"),
    ];

    /// <summary>Every kind a form may post (the recorder's order rules judge whether it fits the journey).</summary>
    public static readonly IReadOnlyList<EntryKind> Known = [.. All, .. Intake.Except(All)];

    /// <summary>The tabs offered: the intake's until the person is integrated (or after an exit, before a new integration).</summary>
    public static IReadOnlyList<EntryKind> For(bool inPathway) => inPathway ? All : Intake;

    /// <summary>The kind named by a slug or a type, among <paramref name="offered"/>; the first one offered otherwise.</summary>
    public static EntryKind Of(string? slugOrType, IReadOnlyList<EntryKind> offered) =>
        offered.FirstOrDefault(k => k.Slug == slugOrType || k.Type == slugOrType) ?? offered[0];
}
