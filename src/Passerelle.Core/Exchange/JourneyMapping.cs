using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>Entities → interchange objects (export, API). The importer does the reverse.</summary>
public static class JourneyMapping
{
    public static JourneyPersonDto ToDto(Person p) => new()
    {
        Ref = p.Ref,
        LastName = p.Identity?.LastName ?? "",
        FirstName = p.Identity?.FirstName ?? "",
        BirthDate = p.Identity?.BirthDate ?? default,
        Sex = p.Sex,
        CommuneInsee = p.CommuneInsee,
        FranceTravailId = p.Identity?.FranceTravailId,
        Situation = SituationMapping.ToDto(p.Situation),
        Events = p.Events.OrderBy(e => e.Seq).Select(ToDto).ToList(),
    };

    public static JourneyEventDto ToDto(JourneyEvent e) => e switch
    {
        ReferralEvent r => new() { Type = r.Type, Date = r.Date, PrescriberKind = r.PrescriberKind, PrescriberOrg = r.PrescriberOrg, Channel = r.Channel },
        InfoSessionEvent i => new() { Type = i.Type, Date = i.Date, Organiser = i.Organiser, Attended = i.Attended },
        FirstContactEvent f => new() { Type = f.Type, Date = f.Date, Mode = f.Mode, Attended = f.Attended },
        RefusalEvent r => new() { Type = r.Type, Date = r.Date, Reason = r.Reason, Reorientation = r.Reorientation },
        IntegrationEvent i => new() { Type = i.Type, Date = i.Date, Referent = i.Referent },
        ContactEvent c => new() { Type = c.Type, Date = c.Date, Mode = c.Mode },
        StepEvent s => new() { Type = s.Type, Start = s.Date, End = s.End, Kind = s.Kind },
        ContractEvent c => new()
        {
            Type = c.Type,
            Start = c.Date,
            End = c.End,
            Kind = c.Kind,
            WeeklyHours = Normalise(c.WeeklyHours),
            HoursWorked = c.HoursWorked is { } h ? Normalise(h) : null,
            InsertionCompany = c.InsertionCompany,
        },
        TrainingEvent t => new() { Type = t.Type, Start = t.Date, End = t.End, Qualifying = t.Qualifying, QualificationObtained = t.QualificationObtained },
        SuspensionEvent s => new() { Type = s.Type, Start = s.Date, End = s.End, Reason = s.Reason },
        ExitEvent x => new() { Type = x.Type, Date = x.Date, Reason = x.Reason, Proofs = x.Proofs, AtypicalApproved = x.AtypicalApproved },
        BarrierEvent b => new() { Type = b.Type, Start = b.Date, End = b.End, Family = b.Family, WorkedFrom = b.WorkedFrom },
        RequestEvent r => new() { Type = r.Type, Date = r.Date, Kind = r.Kind, Outcome = r.Outcome, OutcomeDate = r.OutcomeDate },
        ReferentChangeEvent c => new() { Type = c.Type, Date = c.Date, Referent = c.Referent, Reason = c.Reason },
        ExtensionEvent x => new() { Type = x.Type, Date = x.Date, Months = x.Months },
        AbsenceEvent a => new() { Type = a.Type, Date = a.Date, Kind = a.Kind },
        BreachEvent b => new() { Type = b.Type, Date = b.Date, Reason = b.Reason },
        SectorWishEvent w => new() { Type = w.Type, Date = w.Date, Sector = w.Sector },
        _ => new() { Type = e.Type, Date = e.Date },
    };

    /// <summary>
    /// Drops trailing zeros (35.00 → 35): PostgreSQL's numeric(6,2) gives back 35.00 for 35, and an export must
    /// write the same number whatever the database, for the round trip to be exact.
    /// </summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
