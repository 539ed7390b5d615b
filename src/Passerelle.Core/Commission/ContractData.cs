using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>What the contract of engagement of one person says: who, the pathway's start and referent, the protocol's rules and the notice.</summary>
public sealed record ContractData(
    string PlieName,
    string Ref,
    string? LastName,
    string? FirstName,
    DateOnly? BirthDate,
    string? FranceTravailId,
    DateOnly IntegrationDate,
    string? ReferentName,
    PathwayRules Pathway,
    DataNotice Notice);
