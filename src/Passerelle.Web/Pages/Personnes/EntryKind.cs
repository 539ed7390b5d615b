namespace Passerelle.Web.Pages.Personnes;

/// <summary>One tab of the person page's entry panel: its address (<c>?saisie=slug</c>), label, contract §4.1 type and the message once recorded.</summary>
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
    ];

    public static EntryKind Of(string? slugOrType) =>
        All.FirstOrDefault(k => k.Slug == slugOrType || k.Type == slugOrType) ?? All[0];
}
