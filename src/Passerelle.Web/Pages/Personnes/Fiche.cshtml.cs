using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referentials;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// A person's file, read-only: identity, situation, then the journey's facts in order. The read is audited by
/// <see cref="PersonReader"/>; a person of another PLIE is not found, exactly like an id that does not exist.
/// </summary>
[Authorize(Policy = nameof(Core.Organisations.Permission.ReadPersons))]
public class FicheModel(PersonReader reader, TimeProvider clock) : PageModel
{
    public Person Person { get; private set; } = null!;
    public PersonIdentity? Identity => Person.Identity;
    public string? CommuneName { get; private set; }
    public JourneySummary Summary { get; private set; } = null!;
    public IReadOnlyList<FactView> Facts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } person) return NotFound();
        Person = person;
        CommuneName = CommuneReferential.Shared.FindCurrent(person.CommuneInsee)?.Name;
        var ordered = person.Events.OrderBy(e => e.Date).ThenBy(e => e.Seq).ToList();
        Summary = JourneySummary.From(ordered, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Facts = ordered.Select(FactDescriber.Describe).ToList();
        return Page();
    }
}
