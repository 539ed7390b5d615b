using Passerelle.Core.Conventions;

namespace Passerelle.Core.Demo;

/// <summary>
/// The demo PLIE's data-exchange convention with France Travail Antibes, shaped on the CASA one (seed 000: convention
/// locale relative à l'échange de données, annexes C-E): monthly table before the 7th, FilR, the data of annexe C,
/// correspondents by role, 10 years' retention after its end. It runs from the start of last year to the end of next year.
/// </summary>
public static class DemoConvention
{
    public static Convention For(Guid plieId, Guid partnerId, DateOnly today, DateTime now)
    {
        var convention = new Convention
        {
            PlieId = plieId,
            Title = "Convention d'échange de données PLIE – France Travail Antibes",
            Kind = ConventionCodes.DataExchange,
            PartnerId = partnerId,
            StartsOn = new DateOnly(today.Year - 1, 1, 1),
            EndsOn = new DateOnly(today.Year + 1, 12, 31),
            ReviewOn = new DateOnly(today.Year + 1, 1, 15),
            Frequency = ConventionCodes.Monthly,
            DueBeforeDay = 7,
            Channel = "filr",
            AllowedItems = [.. DataItems.Exchangeable.Where(i => i is not DataItems.Address and not DataItems.Phone and not DataItems.Email and not DataItems.CafId)],
            RetentionMonthsAfterEnd = 120,
            RetentionMonthsAfterAccompaniment = 6,
            CreatedAt = now,
            UpdatedAt = now,
        };
        (string Role, string Side, string Organisation)[] correspondents =
        [
            ("governance", "partner", "France Travail Antibes – direction d'agence"),
            ("governance", "plie", "PLIE de démonstration – direction"),
            ("operational", "partner", "France Travail Antibes – conseillers référents PLIE"),
            ("operational", "plie", "PLIE de démonstration – équipe d'animation"),
            ("security", "partner", "France Travail PACA – service Habilitations et Informatique"),
            ("security", "plie", "Communauté d'agglomération – direction des systèmes d'information"),
            ("dpo", "partner", "France Travail PACA – relais Informatique et Libertés"),
            ("dpo", "plie", "Délégué à la protection des données de la communauté d'agglomération"),
        ];
        convention.Correspondents = [.. correspondents.Select(c => new ConventionCorrespondent
        {
            PlieId = plieId,
            ConventionId = convention.Id,
            Role = c.Role,
            Side = c.Side,
            Organisation = c.Organisation,
        })];
        return convention;
    }
}
