using Passerelle.Core.Commission;

namespace Passerelle.Web.Pages.Commission;

/// <summary>One work queue as the <c>_File</c> partial shows it.</summary>
public sealed record QueueTable(IReadOnlyList<QueueEntry> Entries, string Id, string Caption, string SinceLabel, DateOnly Today, Guid? Me);
