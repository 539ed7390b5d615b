namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>One question of the Bilan qualitatif: its number (the annex's order) and its wording.</summary>
public sealed record QualitativeQuestion(int Number, string Text);

/// <summary>
/// The 8 questions of the « Tableau bilan qualitatif » (seed 000 Annexe 2, « États des lieux des relations PLIE PE PACA »),
/// in the annex's order and in its words (« Pôle emploi », France Travail since 1 January 2024: the wording is the annex's,
/// the page says so), and the three answers of each. They evaluate the elements of the regional convention listed in
/// 000 art. 7 and 002 art. 7 (negotiation of the public, integration and follow-up, mobilisation of France Travail's
/// services, information sharing, access to offers, joint actions, innovative actions).
/// </summary>
public static class QualitativeQuestions
{
    public const string Fully = "fully", Partly = "partly", NotAtAll = "not_at_all";

    /// <summary>Answer codes and the annex's labels, in the annex's column order.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Answers =
        [(Fully, "tout à fait"), (Partly, "moyen"), (NotAtAll, "pas du tout")];

    public static readonly IReadOnlyList<QualitativeQuestion> All =
    [
        new(1, "Les spécificités des publics orientés par Pôle emploi vers le PLIE sont-elles le fruit d’une négociation entre Pôle Emploi et le PLIE"),
        new(2, "Les demandeurs d’emploi orientés par Pôle emploi sont-ils intégrés dans le PLIE"),
        new(3, "Pendant le parcours, les échanges d’information entre Pôle emploi et le PLIE permettent-ils de suivre le demandeur d’emploi (actualisation du PPAE)"),
        new(4, "Les DE suivis par le PLIE peuvent-ils bénéficier des prestations, aides, formations de Pôle Emploi"),
        new(5, "Les actions en direction des publics et des employeurs, notamment dans le cadre des clauses d’insertion des marchés public sont-elles faites conjointement"),
        new(6, "L’accès aux offres d’emploi PLIE dont l’offre d’insertion par l’activité économique est-elle facilitée"),
        new(7, "Un plan d’action concerté sur la mise en œuvre d’actions partagées en direction des employeurs est-il mis en œuvre"),
        new(8, "La coopération a-t-elle permis la mise en place d’actions innovantes au service de l’emploi"),
    ];

    /// <summary>The comment's longest length (an argument, not a report).</summary>
    public const int CommentMaxLength = 2000;

    public static string Label(string code) => Answers.FirstOrDefault(a => a.Code == code).Label ?? code;

    public static int IndexOf(string code) => Answers.Select(a => a.Code).ToList().IndexOf(code);
}
