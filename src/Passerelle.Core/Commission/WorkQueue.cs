namespace Passerelle.Core.Commission;

/// <summary>
/// The referents' work queues (issue 3 item 8): people referred and not yet received, people received or in diagnostic
/// with no decision yet, and people on a commission's agenda.
/// </summary>
public sealed record WorkQueue(IReadOnlyList<QueueEntry> FirstContact, IReadOnlyList<QueueEntry> Diagnostic, IReadOnlyList<QueueEntry> Commission)
{
    public int Count => FirstContact.Count + Diagnostic.Count + Commission.Count;
}
