using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Commission;

namespace Passerelle.Tests.Commission;

/// <summary>
/// Eligibility on a page (issue 3 item 5): the evaluator's rules (contract §5) with the referent's judgement on those that
/// need one — CASA 003 art. 3 « actively seeking work », « needs support », « able and willing »; COV 001 art. 2-1
/// « mobilisable ».
/// </summary>
public class EligibilityReviewsTests : CommissionTest
{
    private Task<PersonEligibility?> GetAsync(Guid person) =>
        AsAsync<EligibilityReviews, PersonEligibility?>(Referent, e => e.GetAsync(person, Intakes.Today));

    private Task<IReadOnlyList<string>?> ReviewAsync(Guid person, Dictionary<string, bool> judgements) =>
        AsAsync<EligibilityReviews, IReadOnlyList<string>?>(Referent, e => e.ReviewAsync(person, Intakes.Today, judgements));

    [Fact]
    public async Task CASA_003_art_3_judgement_rules_are_to_confirm_until_the_referent_confirms_them()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync();

        var before = await GetAsync(person.Id);
        Assert.True(before!.Eligible);
        Assert.Equal(["active_job_search", "needs_support", "willing_and_able"], before.Pending.Select(r => r.Id));
        Assert.StartsWith("003", before.Rules.Single(r => r.Id == "active_job_search").Source, StringComparison.Ordinal);

        Assert.Empty((await ReviewAsync(person.Id, new() { ["active_job_search"] = true, ["needs_support"] = true, ["willing_and_able"] = true }))!);

        var after = await GetAsync(person.Id);
        Assert.Empty(after!.Pending);
        Assert.True(after.Eligible);
        var review = after.Rules.Single(r => r.Id == "willing_and_able").Review!;
        Assert.Equal((Referent.Id, true, Intakes.Today), (review.ReviewedBy, review.Met, review.On));
        Assert.Equal("referente", after.Rules.Single(r => r.Id == "willing_and_able").ReviewerName);
        var line = await ReadAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "person.eligibility.review"));
        Assert.Equal((person.Id.ToString(), Referent.Id), (line.RecordId, line.UserId));
        Assert.DoesNotContain("true", line.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judgement_rule_judged_not_met_makes_the_person_not_eligible()
    {
        await ArrangePlieAsync("cov-2020-2022", "cov");
        var person = await PersonAsync(commune: "94022");

        await ReviewAsync(person.Id, new() { ["mobilisable"] = false });

        var answer = await GetAsync(person.Id);
        Assert.False(answer!.Eligible);
        Assert.Equal("mobilisable", Assert.Single(answer.Failed).Id);
        Assert.StartsWith("Non éligible : Être mobilisé", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_settled_by_the_data_or_unknown_is_refused_and_nothing_is_written()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync();

        var errors = await ReviewAsync(person.Id, new() { ["territory"] = true, ["no_such_rule"] = true, ["needs_support"] = true });

        Assert.Equal(2, errors!.Count);
        Assert.Empty(await ReadAsync(db => db.EligibilityReviews.ToListAsync()));
    }

    [Fact]
    public async Task A_person_of_another_plie_is_not_found()
    {
        await ArrangePlieAsync();
        var cov = await Passerelle.Tests.TestSupport.Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await new Passerelle.Tests.TestSupport.PersonBuilder(cov.Id).WithEvents(Intakes.InDiagnostic).SaveAsync(Db);

        Assert.Null(await GetAsync(foreign.Id));
        Assert.Null(await ReviewAsync(foreign.Id, new() { ["mobilisable"] = true }));
    }
}
