using Passerelle.Core.Journeys;

namespace Passerelle.Core.Commission;

/// <summary>One person entering (an integration decided at the session) or leaving (an exit since the previous session) the PLIE.</summary>
public sealed record EntriesExitsLine(bool Entry, Guid PersonId, string Ref, PersonIdentity? Identity, DateOnly? IntegrationDate, DateOnly? PniEnd,
    string? Referent, DateOnly? ExitDate, string? ExitReason);
