using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>Interchange objects → entities, for the importer (the reverse of <see cref="JourneyMapping"/>).</summary>
internal static class JourneyEntities
{
    public static Person NewPerson(JourneyPersonDto dto, Guid plieId, DateTime now)
    {
        var person = new Person { PlieId = plieId, Ref = dto.Ref, Sex = dto.Sex, CommuneInsee = dto.CommuneInsee, CreatedAt = now };
        Apply(person, dto, now);
        person.Identity = NewIdentity(person, dto);
        person.Events = Events(dto, person, now);
        return person;
    }

    /// <summary>Sets the person's own fields and situation (not the identity, not the events).</summary>
    public static void Apply(Person person, JourneyPersonDto dto, DateTime now)
    {
        person.Sex = dto.Sex;
        person.BirthYear = dto.BirthDate.Year;
        person.CommuneInsee = dto.CommuneInsee;
        SituationMapping.CopyTo(dto.Situation, person.Situation);
        person.UpdatedAt = now;
    }

    public static PersonIdentity NewIdentity(Person person, JourneyPersonDto dto) => new()
    {
        PersonId = person.Id,
        PlieId = person.PlieId,
        LastName = dto.LastName,
        FirstName = dto.FirstName,
        BirthDate = dto.BirthDate,
        FranceTravailId = dto.FranceTravailId,
        SearchKey = SearchKeys.For(dto.LastName, dto.FirstName),
    };

    public static void Apply(PersonIdentity identity, JourneyPersonDto dto)
    {
        identity.LastName = dto.LastName;
        identity.FirstName = dto.FirstName;
        identity.BirthDate = dto.BirthDate;
        identity.FranceTravailId = dto.FranceTravailId;
        identity.SearchKey = SearchKeys.For(dto.LastName, dto.FirstName);
    }

    /// <summary>The events, numbered by their position in the file (<see cref="JourneyEvent.Seq"/>).</summary>
    public static List<JourneyEvent> Events(JourneyPersonDto dto, Person person, DateTime now)
    {
        var events = new List<JourneyEvent>(dto.Events.Count);
        for (var i = 0; i < dto.Events.Count; i++)
        {
            var e = ToEntity(dto.Events[i]);
            e.PlieId = person.PlieId;
            e.PersonId = person.Id;
            e.Seq = i;
            e.Date = dto.Events[i].Date ?? dto.Events[i].Start!.Value;
            e.RecordedAt = now;
            events.Add(e);
        }
        return events;
    }

    // The validator guarantees the fields each type requires.
    internal static JourneyEvent ToEntity(JourneyEventDto d) => d.Type switch
    {
        "referral" => new ReferralEvent { PrescriberKind = d.PrescriberKind!, PrescriberOrg = d.PrescriberOrg, Channel = d.Channel! },
        "info_session" => new InfoSessionEvent { Organiser = d.Organiser!, Attended = d.Attended!.Value },
        "first_contact" => new FirstContactEvent { Mode = d.Mode!, Attended = d.Attended!.Value },
        "diagnostic_start" => new DiagnosticStartEvent(),
        "refusal" => new RefusalEvent { Reason = d.Reason!, Reorientation = d.Reorientation },
        "integration" => new IntegrationEvent { Referent = d.Referent },
        "contact" => new ContactEvent { Mode = d.Mode! },
        "step" => new StepEvent { Kind = d.Kind!, End = d.End },
        "contract" => new ContractEvent
        {
            Kind = d.Kind!,
            End = d.End,
            WeeklyHours = d.WeeklyHours!.Value,
            HoursWorked = d.HoursWorked,
            InsertionCompany = d.InsertionCompany,
        },
        "training" => new TrainingEvent { End = d.End, Qualifying = d.Qualifying!.Value, QualificationObtained = d.QualificationObtained },
        "business_creation" => new BusinessCreationEvent(),
        "suspension" => new SuspensionEvent { Reason = d.Reason!, End = d.End },
        "exit" => new ExitEvent { Reason = d.Reason!, Proofs = [.. d.Proofs ?? []], AtypicalApproved = d.AtypicalApproved },
        "barrier" => new BarrierEvent { Family = d.Family!, End = d.End, WorkedFrom = d.WorkedFrom },
        "request" => new RequestEvent { Kind = d.Kind!, Outcome = d.Outcome, OutcomeDate = d.OutcomeDate },
        "referent_change" => new ReferentChangeEvent { Referent = d.Referent!, Reason = d.Reason! },
        "extension" => new ExtensionEvent { Months = d.Months!.Value },
        "absence" => new AbsenceEvent { Kind = d.Kind! },
        "breach" => new BreachEvent { Reason = d.Reason! },
        "sector_wish" => new SectorWishEvent { Sector = d.Sector! },
        _ => throw new InvalidOperationException($"Type d'événement non géré : {d.Type}"),
    };
}
