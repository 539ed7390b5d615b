using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>« En cas d'absence prolongée de l'accompagnateur(ice)-emploi, désigner un nouveau référent unique » (000 art. 3-4 b).</summary>
public class HandoversTests : CommissionTest
{
    [Fact]
    public async Task The_chosen_people_of_an_absent_referent_get_a_referent_change_for_absence_the_others_stay()
    {
        await ArrangePlieAsync();
        var other = await Seed.UserAsync(Db, "casa", Role.Referent, "remplacante@casa.test");
        var a = await PersonAsync(Intakes.InPathway(Referent.Email!), "Camille", "Martin");
        var b = await PersonAsync(Intakes.InPathway(Referent.Email!), "Julien", "Bernard");
        var c = await PersonAsync(Intakes.InPathway(Referent.Email!), "Sophie", "Laurent");

        var listed = await AsAsync<Handovers, IReadOnlyList<HandoverPerson>>(Coordinator, h => h.PeopleOfAsync(Referent.Email!));
        Assert.Equal(["BERNARD Julien", "LAURENT Sophie", "MARTIN Camille"], listed.Select(p => p.Name));

        var outcome = await AsAsync<Handovers, CommissionOutcome>(Coordinator, h => h.HandOverAsync([a.Id, b.Id], other.Email, Intakes.Today, "absence"));

        Assert.True(outcome.Succeeded);
        var facts = await ReadAsync(db => db.JourneyEvents.ToListAsync());
        string? ReferentOf(Person p) => PathwayFacts.From(facts.Where(e => e.PersonId == p.Id)).Referent;
        Assert.Equal([other.Email, other.Email, Referent.Email], new[] { a, b, c }.Select(ReferentOf));
        Assert.All(facts.OfType<ReferentChangeEvent>(), f => Assert.Equal(("absence", Intakes.Today), (f.Reason, f.Date)));
        Assert.Equal(3, (await AuditActionsAsync()).Count(x => x == "person.handover"));
    }

    [Fact]
    public async Task The_handover_is_all_or_nothing_one_refused_fact_writes_none()
    {
        await ArrangePlieAsync();
        var other = await Seed.UserAsync(Db, "casa", Role.Referent, "remplacante@casa.test");
        var inPathway = await PersonAsync(Intakes.InPathway(Referent.Email!));
        var notIntegrated = await PersonAsync();

        var outcome = await AsAsync<Handovers, CommissionOutcome>(Coordinator, h => h.HandOverAsync([inPathway.Id, notIntegrated.Id], other.Email, Intakes.Today, "absence"));

        Assert.Contains($"Personne {notIntegrated.Ref}", Assert.Single(outcome.Errors).Message);
        Assert.Empty(await ReadAsync(db => db.JourneyEvents.OfType<ReferentChangeEvent>().ToListAsync()));
        Assert.DoesNotContain("person.fact.add", await AuditActionsAsync());
    }

    [Fact]
    public async Task Only_an_active_referent_of_the_plie_takes_over()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!));

        var outcome = await AsAsync<Handovers, CommissionOutcome>(Coordinator, h => h.HandOverAsync([person.Id], Coordinator.Email, Intakes.Today, "absence"));

        Assert.Equal("to", Assert.Single(outcome.Errors).Field);
    }
}
