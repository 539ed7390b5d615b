namespace Passerelle.Benchmarks;

/// <summary>A row of <c>persons</c> and its <c>person_identities</c> row, as the bulk writers store them (real schema).</summary>
public sealed record ScalePerson(
    Guid Id, string Ref, string Sex, int BirthYear, string CommuneInsee, bool Rsa, bool Ass, bool Aah, bool Rqth, bool Qpv,
    bool LongTermUnemployed, int? EducationLevel, bool SingleParent, bool FollowedByMissionLocale,
    string LastName, string FirstName, DateOnly BirthDate, string? FranceTravailId, string SearchKey);

/// <summary>
/// A row of <c>journey_events</c>: the columns the generated kinds use (contract §4.1 fields, stored as the model maps
/// them: « code » holds each kind's main code, « flag » its yes/no, « end_date » a period's end).
/// </summary>
public sealed record ScaleEvent(
    Guid Id, Guid PersonId, int Seq, DateOnly Date, string Type, string? Code = null, string[]? Proofs = null, bool? Flag = null,
    string? Referent = null, DateOnly? EndDate = null, decimal? WeeklyHours = null, decimal? HoursWorked = null,
    DateOnly? QualificationObtained = null, string? PrescriberOrg = null, string? Channel = null);

/// <summary>The rows of one PLIE, written in one go.</summary>
public sealed record ScaleBatch(Guid PlieId, List<ScalePerson> People, List<ScaleEvent> Events);
