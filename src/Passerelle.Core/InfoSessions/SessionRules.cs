using Passerelle.Core.Journeys;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// What a session must carry: a day, a time, a place, one of the organisers of the interchange format (contract §4.1:
/// france_travail, plie, joint) and a capacity. Every problem is reported, each on its field.
/// </summary>
internal static class SessionRules
{
    public const int PlaceMaxLength = 80;
    public const int MaxCapacity = 500;

    public static List<FieldError> Check(SessionInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Date is not { } date) errors.Add(new("date", "indiquez le jour de l'information collective (jj/mm/aaaa)."));
        else if (date < today.AddYears(-5) || date > today.AddYears(2))
            errors.Add(new("date", $"le {date:dd/MM/yyyy} est trop loin d'aujourd'hui (au plus 5 ans avant, 2 ans après)."));
        if (input.StartTime is null) errors.Add(new("heure", "indiquez l'heure de début (hh:mm, par exemple 09:30)."));
        var place = input.Place?.Trim() ?? "";
        if (place.Length == 0) errors.Add(new("lieu", "indiquez où se tient l'information collective."));
        else if (place.Length > PlaceMaxLength) errors.Add(new("lieu", $"{PlaceMaxLength} caractères au plus ({place.Length} saisis)."));
        else if (place.Any(char.IsControl)) errors.Add(new("lieu", "une seule ligne de texte, sans tabulation."));
        if (string.IsNullOrEmpty(input.Organiser) || !Codes.InfoSessionOrganisers.ContainsKey(input.Organiser))
            errors.Add(new("organisateur", "choisissez France Travail, le PLIE ou une co-animation."));
        if (input.Capacity is not { } capacity) errors.Add(new("capacite", "indiquez le nombre de places (un nombre entier)."));
        else if (capacity is < 1 or > MaxCapacity) errors.Add(new("capacite", $"entre 1 et {MaxCapacity} places."));
        return errors;
    }
}
