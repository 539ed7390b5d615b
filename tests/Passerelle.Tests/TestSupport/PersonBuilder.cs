using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.TestSupport;

/// <summary>
/// A person of a PLIE with random but readable data (French names, a plausible birth date and France Travail id)
/// and, unless told otherwise, a typical journey: referral, first contact, diagnostic, integration, a contact,
/// a step and a running contract. Inserted directly through the context, as the system.
/// </summary>
public sealed class PersonBuilder(Guid plieId)
{
    private static readonly string[] LastNames = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Garcia", "Rousseau", "N'Diaye", "Benali"];
    private static readonly string[] FirstNames = ["Camille", "Nadia", "Karim", "Sophie", "Julien", "Amélie", "Mamadou", "Inès", "Thierry", "Léa"];

    private string lastName = LastNames[Random.Shared.Next(LastNames.Length)];
    private string firstName = FirstNames[Random.Shared.Next(FirstNames.Length)];
    private DateOnly birthDate = new(Random.Shared.Next(1965, 2004), Random.Shared.Next(1, 13), Random.Shared.Next(1, 29));
    private string? birthName;
    private string? franceTravailId = $"{Random.Shared.Next(1000000, 9999999)}{(char)('A' + Random.Shared.Next(26))}";
    private string reference = "P-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private Situation situation = new() { Rsa = true, Qpv = true, EducationLevel = 3 };
    private string sex = Random.Shared.Next(2) == 0 ? "F" : "M";
    private Func<DateOnly, List<JourneyEvent>> journey = TypicalJourney;

    public PersonBuilder Named(string first, string last)
    {
        (firstName, lastName) = (first, last);
        return this;
    }

    public PersonBuilder WithBirthName(string? name)
    {
        birthName = name;
        return this;
    }

    public PersonBuilder BornOn(DateOnly date)
    {
        birthDate = date;
        return this;
    }

    public PersonBuilder WithFranceTravailId(string? id)
    {
        franceTravailId = id;
        return this;
    }

    public PersonBuilder WithRef(string value)
    {
        reference = value;
        return this;
    }

    /// <param name="value"><c>F</c> or <c>M</c>.</param>
    public PersonBuilder WithSex(string value)
    {
        sex = value;
        return this;
    }

    public PersonBuilder WithSituation(Situation value)
    {
        situation = value;
        return this;
    }

    /// <summary>Replaces the typical journey; the function receives the referral date.</summary>
    public PersonBuilder WithEvents(Func<DateOnly, List<JourneyEvent>> events)
    {
        journey = events;
        return this;
    }

    public async Task<Person> SaveAsync(TestDatabase database)
    {
        var referral = new DateOnly(2025, Random.Shared.Next(1, 7), Random.Shared.Next(1, 29));
        var person = new Person
        {
            PlieId = plieId,
            Ref = reference,
            Sex = sex,
            BirthYear = birthDate.Year,
            CommuneInsee = "06004",
            Situation = situation,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Identity = new PersonIdentity
            {
                PlieId = plieId,
                LastName = lastName,
                FirstName = firstName,
                BirthName = birthName,
                BirthDate = birthDate,
                FranceTravailId = franceTravailId?.ToUpperInvariant(),
                SearchKey = SearchKeys.For(lastName, firstName),
            },
        };
        var seq = 0;
        foreach (var e in journey(referral))
        {
            e.PlieId = plieId;
            e.PersonId = person.Id;
            e.Seq = ++seq;
            e.RecordedAt = DateTime.UtcNow;
            person.Events.Add(e);
        }
        await using var scope = database.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    public static List<JourneyEvent> TypicalJourney(DateOnly referral) =>
    [
        new ReferralEvent { Date = referral, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
        new FirstContactEvent { Date = referral.AddDays(10), Mode = "individual", Attended = true },
        new DiagnosticStartEvent { Date = referral.AddDays(10) },
        new IntegrationEvent { Date = referral.AddDays(30), Referent = "referente@plie.test" },
        new ContactEvent { Date = referral.AddDays(45), Mode = "phone" },
        new StepEvent { Date = referral.AddDays(60), End = referral.AddDays(75), Kind = "immersion" },
        new ContractEvent { Date = referral.AddDays(120), Kind = "cdd", WeeklyHours = 24.5m },
    ];
}
