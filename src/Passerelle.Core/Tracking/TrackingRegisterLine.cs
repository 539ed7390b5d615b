namespace Passerelle.Core.Tracking;

/// <summary>A line of the register of tables sent, without the file.</summary>
public sealed record TrackingRegisterLine(Guid Id, Guid ConventionId, DateOnly Month, string PartnerCode, DateTime ProducedAt, Guid? ProducedBy,
    string Channel, IReadOnlyList<string> Recipients, int Rows, string Sha256, string FileName);
