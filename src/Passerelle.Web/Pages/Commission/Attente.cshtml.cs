using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// The work queues of the PLIE's referents (issue 3 item 8): people referred and waiting for their first contact, people
/// received or in diagnostic with no decision yet, and people on a commission's agenda — oldest first. Before the
/// integration no referent is named, so the queues are shared by the PLIE's referents. Every person listed is audited.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class AttenteModel(WorkQueues queues, ActorContext actor, TimeProvider clock) : PageModel
{
    public WorkQueue Queue { get; private set; } = new([], [], []);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public Guid? Me => actor.UserId;

    public async Task OnGetAsync(CancellationToken ct) => Queue = await queues.ListAsync(ct);
}
