using Passerelle.Core.Exchange;
using Passerelle.Core.Referrals;

namespace Passerelle.Tests.Referrals;

/// <summary>A valid fiche de liaison to the PLIE "casa" (Antibes is in its territory), to vary field by field.</summary>
public static class Fiches
{
    public static readonly DateOnly AwaBorn = new(1981, 4, 2);

    public static ReferralRequest Awa(string plie = "casa") => new()
    {
        Plie = plie,
        Channel = "flow",
        PersonInformed = true,
        Person = new ReferredPerson
        {
            LastName = "Diallo",
            FirstName = "Awa",
            BirthDate = AwaBorn,
            Sex = "F",
            CommuneInsee = "06004",
            FranceTravailId = "1234567A",
            Situation = new SituationDto { Rsa = true, LongTermUnemployed = true, EducationLevel = 3 },
        },
    };

    public static ReferralRequest WithPerson(this ReferralRequest r, Func<ReferredPerson, ReferredPerson> change) => r with { Person = change(r.Person) };
}
