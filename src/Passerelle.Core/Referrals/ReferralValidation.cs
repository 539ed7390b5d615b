using System.Text.RegularExpressions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The identity and situation of a fiche de liaison, checked field by field with French messages naming the field.
/// Names hold letters, spaces, hyphens and apostrophes only: a fiche carries no free text (000 data annex: "aucune
/// rubrique permettant du texte libre"). The commune is checked against the official referential.
/// </summary>
internal static partial class ReferralValidation
{
    public const int MinimumAge = 16;
    private static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>The normalised person, or null with every problem added to <paramref name="errors"/>.</summary>
    public static ReferredPerson? Check(ReferredPerson p, DateOnly referralDate, DateOnly today, CommuneReferential communes, List<ReferralError> errors)
    {
        var before = errors.Count;
        var lastName = Name(p.LastName, "person.lastName", "Nom", true, errors);
        var firstName = Name(p.FirstName, "person.firstName", "Prénom", true, errors);
        var birthName = Name(p.BirthName, "person.birthName", "Nom de naissance", false, errors);
        if (p.BirthDate is not { } birth)
            errors.Add(new("person.birthDate", "Date de naissance : champ obligatoire."));
        else if (birth > today || birth < EarliestBirth)
            errors.Add(new("person.birthDate", $"Date de naissance : date impossible ({ReferralText.Date(birth)})."));
        else if (birth.AddYears(MinimumAge) > referralDate)
            errors.Add(new("person.birthDate", $"Date de naissance : la personne aurait moins de {MinimumAge} ans à la date de l'orientation ({ReferralText.Date(birth)})."));
        var sex = p.Sex?.Trim().ToUpperInvariant();
        if (sex is not ("F" or "M")) errors.Add(new("person.sex", "Sexe : choisissez « F » (femme) ou « M » (homme)."));
        var commune = Commune(p.CommuneInsee, communes, errors);
        var ftId = DuplicateFinder.NormaliseFranceTravailId(p.FranceTravailId);
        if (ftId is not null && !FranceTravailId().IsMatch(ftId))
            errors.Add(new("person.franceTravailId", "Identifiant France Travail : de 1 à 16 lettres ou chiffres, sans espace ni ponctuation."));
        if (p.Situation.EducationLevel is { } level and (< 1 or > 8))
            errors.Add(new("person.situation.educationLevel", $"Niveau de formation : {level} hors nomenclature (1 à 8)."));
        if (errors.Count != before) return null;
        return p with
        {
            LastName = lastName,
            FirstName = firstName,
            // A birth name equal to the usage name adds nothing.
            BirthName = birthName is not null && SearchKeys.Normalise(birthName) == SearchKeys.Normalise(lastName!) ? null : birthName,
            Sex = sex,
            CommuneInsee = commune,
            FranceTravailId = ftId,
        };
    }

    private static string? Name(string? value, string field, string label, bool required, List<ReferralError> errors)
    {
        var name = Spaces().Replace(value?.Trim() ?? "", " ");
        if (name.Length == 0)
        {
            if (required) errors.Add(new(field, $"{label} : champ obligatoire."));
            return null;
        }
        if (name.Length > 100) errors.Add(new(field, $"{label} : 100 caractères au plus ({name.Length} saisis)."));
        else if (!Letters().IsMatch(name)) errors.Add(new(field, $"{label} : lettres, espaces, traits d'union et apostrophes seulement (aucun texte libre sur une fiche de liaison)."));
        else return name;
        return null;
    }

    private static string? Commune(string? value, CommuneReferential communes, List<ReferralError> errors)
    {
        var code = value?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            errors.Add(new("person.communeInsee", "Commune de résidence : champ obligatoire (code INSEE)."));
            return null;
        }
        if (communes.Find(code) is not null) return code;
        var hint = communes.FindCurrent(code) is { } current
            ? $" ; c'est un ancien code ou un arrondissement : utilisez celui de la commune actuelle, {current.Insee} ({current.Name})"
            : "";
        errors.Add(new("person.communeInsee", $"Commune de résidence : code INSEE inconnu « {code} » (référentiel {communes.SourceVersion}){hint}."));
        return null;
    }

    /// <summary>Letters (any script, accents), with spaces, hyphens, apostrophes and the dot of "St." between them.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '’.\-]*$")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^[A-Z0-9]{1,16}$")]
    private static partial Regex FranceTravailId();
}
