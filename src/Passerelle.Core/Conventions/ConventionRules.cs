using Passerelle.Core.InfoSessions;

namespace Passerelle.Core.Conventions;

/// <summary>
/// What a convention must carry to be recorded: every problem on its field, in French. The allow-list takes only items of
/// <see cref="DataItems"/> and never free text (000 data convention, annexe: « aucune rubrique permettant du texte libre »).
/// </summary>
public static class ConventionRules
{
    public const int MaxTitle = 120;
    public const int MaxOrganisation = 120;

    /// <summary>The alerts' horizon: a convention ending within 3 months (its renegotiation, and the 2 months' notice of 000 data convention art. 10).</summary>
    public const int EndingWithinDays = 92;
    public const int ReviewWithinDays = 31;

    public static List<FieldError> Check(ConventionInput input, IReadOnlyCollection<Guid> partners)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(new("title", "intitulé manquant."));
        else if (input.Title.Trim().Length > MaxTitle) errors.Add(new("title", $"intitulé trop long ({input.Title.Trim().Length} caractères, {MaxTitle} au plus)."));
        Code(errors, "kind", "type de convention", input.Kind, ConventionCodes.Kinds);
        if (input.PartnerId is not { } partner) errors.Add(new("partner", "partenaire manquant (agence France Travail ou Département)."));
        else if (!partners.Contains(partner)) errors.Add(new("partner", "partenaire inconnu : choisissez une agence France Travail ou un Département de l'instance."));
        if (input.StartsOn is null) errors.Add(new("startsOn", "date de début manquante."));
        if (input.EndsOn is null) errors.Add(new("endsOn", "date de fin manquante."));
        if (input.StartsOn is { } s && input.EndsOn is { } e && e < s)
            errors.Add(new("endsOn", $"la fin ({e:dd/MM/yyyy}) précède le début ({s:dd/MM/yyyy})."));
        if (input.ReviewOn is { } r && input.StartsOn is { } s2 && r < s2)
            errors.Add(new("reviewOn", $"la revue ({r:dd/MM/yyyy}) précède le début de la convention ({s2:dd/MM/yyyy})."));
        Code(errors, "frequency", "fréquence des échanges", input.Frequency, ConventionCodes.Frequencies);
        if (input.DueBeforeDay is not { } day) errors.Add(new("dueBeforeDay", "jour d'échéance manquant (7 : avant le 7 du mois suivant)."));
        else if (day is < 2 or > 28) errors.Add(new("dueBeforeDay", $"jour d'échéance hors limites ({day}) : entre 2 et 28."));
        Code(errors, "channel", "canal de transmission", input.Channel, ConventionCodes.Channels);
        foreach (var item in input.AllowedItems)
        {
            if (DataItems.Find(item) is not { } known) errors.Add(new("allowedItems", $"donnée inconnue « {item} »."));
            else if (known.Nature == DataNature.FreeText) errors.Add(new("allowedItems", $"« {known.Label} » : aucune rubrique de texte libre ne peut être échangée (000, convention de données, annexe)."));
        }
        if (input.Kind == ConventionCodes.DataExchange && input.AllowedItems.Count == 0)
            errors.Add(new("allowedItems", "une convention d'échange de données liste au moins une donnée transmise."));
        for (var i = 0; i < input.Correspondents.Count; i++)
        {
            var c = input.Correspondents[i];
            var at = $"correspondents[{i}]";
            Code(errors, at + ".role", $"correspondant {i + 1} : rôle", c.Role, ConventionCodes.Roles);
            Code(errors, at + ".side", $"correspondant {i + 1} : partie", c.Side, ConventionCodes.Sides);
            if (string.IsNullOrWhiteSpace(c.Organisation)) errors.Add(new(at + ".organisation", $"correspondant {i + 1} : organisme ou service manquant."));
            else if (c.Organisation.Trim().Length > MaxOrganisation) errors.Add(new(at + ".organisation", $"correspondant {i + 1} : organisme trop long ({MaxOrganisation} caractères au plus)."));
        }
        if (input.RetentionMonthsAfterEnd is not { } keep) errors.Add(new("retentionMonthsAfterEnd", "durée de conservation manquante (en mois après la fin de la convention)."));
        else if (keep is < 0 or > 240) errors.Add(new("retentionMonthsAfterEnd", $"durée de conservation hors limites ({keep} mois) : entre 0 et 240."));
        if (input.RetentionMonthsAfterAccompaniment is < 0 or > 240)
            errors.Add(new("retentionMonthsAfterAccompaniment", $"durée de conservation hors limites ({input.RetentionMonthsAfterAccompaniment} mois) : entre 0 et 240."));
        return errors;
    }

    /// <summary>The alerts of the conventions on <paramref name="today"/>, soonest first.</summary>
    public static IReadOnlyList<ConventionAlert> Alerts(IReadOnlyList<Convention> conventions, DateOnly today)
    {
        var alerts = new List<ConventionAlert>();
        foreach (var c in conventions)
        {
            var successor = conventions.Any(o => o.Id != c.Id && o.PartnerId == c.PartnerId && o.Kind == c.Kind && o.EndsOn > c.EndsOn);
            if (successor) continue;
            if (c.EndsOn >= today && c.EndsOn.DayNumber - today.DayNumber <= EndingWithinDays)
                alerts.Add(new(c.Id, c.Title, ConventionAlert.Ending, c.EndsOn));
            else if (c.EndsOn < today && today.DayNumber - c.EndsOn.DayNumber <= EndingWithinDays)
                alerts.Add(new(c.Id, c.Title, ConventionAlert.Ended, c.EndsOn));
            if (c.ReviewOn is { } review && c.EndsOn >= today && review.DayNumber - today.DayNumber <= ReviewWithinDays)
                alerts.Add(new(c.Id, c.Title, ConventionAlert.Review, review));
        }
        return [.. alerts.OrderBy(a => a.On)];
    }

    private static void Code(List<FieldError> errors, string field, string what, string? value, IReadOnlyDictionary<string, string> codes)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, $"{what} manquant(e)."));
        else if (!codes.ContainsKey(value)) errors.Add(new(field, $"{what} : code inconnu « {value} » ; valeurs possibles : {string.Join(", ", codes.Keys)}."));
    }
}
