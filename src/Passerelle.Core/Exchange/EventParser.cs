using System.Text.Json;
using System.Text.RegularExpressions;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>One event of contract §4.1: its type decides which fields are allowed; everything else is an unknown field.</summary>
internal static partial class EventParser
{
    /// <summary>The normalised event, or null when it has a problem (all of them are added to <paramref name="errors"/>).</summary>
    public static JourneyEventDto? Parse(JsonElement element, string path, JourneyDateRules dates, List<JourneyImportError> errors)
    {
        var before = errors.Count;
        var f = new JsonFields(element, path, errors);
        if (!f.IsObject) return null;
        var type = f.Code("type", true, Codes.EventTypes);
        // An unknown type says nothing of which fields are allowed: its other fields are not judged.
        if (type is null) return null;
        var dto = type switch
        {
            "referral" => Dated(f, dates, type) with
            {
                PrescriberKind = f.Code("prescriberKind", true, Codes.PrescriberKinds, LegacyCodes.FranceTravail),
                PrescriberOrg = Shaped(f, "prescriberOrg", false, OrgCode(), 64, "un code d'organisation (lettres, chiffres, « - », « _ », « . »)"),
                Channel = f.Code("channel", true, Codes.ReferralChannels),
            },
            "info_session" => Dated(f, dates, type) with
            {
                Organiser = f.Code("organiser", true, Codes.InfoSessionOrganisers, LegacyCodes.FranceTravail),
                Attended = f.Bool("attended", true),
            },
            "first_contact" => Dated(f, dates, type) with
            {
                Mode = f.Code("mode", true, Codes.FirstContactModes),
                Attended = f.Bool("attended", true),
            },
            "refusal" => Dated(f, dates, type) with
            {
                Reason = f.Code("reason", true, Codes.RefusalReasons),
                Reorientation = Shaped(f, "reorientation", false, FreeCode(), 64, "un code (minuscules, chiffres, « _ »)"),
            },
            "integration" => Dated(f, dates, type) with
            {
                Referent = Shaped(f, "referent", false, Email(), 256, "une adresse électronique"),
            },
            "contact" => Dated(f, dates, type) with { Mode = f.Code("mode", true, Codes.ContactModes) },
            "step" => Period(f, dates, type) with { Kind = f.Code("kind", true, Codes.StepKinds) },
            "contract" => Period(f, dates, type) with
            {
                Kind = f.Code("kind", true, Codes.ContractKinds),
                WeeklyHours = f.Decimal("weeklyHours", true, 0, 60),
                HoursWorked = f.Decimal("hoursWorked", false, 0, 100_000),
                InsertionCompany = f.Bool("insertionCompany", false),
            },
            "training" => Training(f, dates),
            "suspension" => Period(f, dates, type) with
            {
                Reason = Shaped(f, "reason", true, FreeCode(), 32, "un code (minuscules, chiffres, « _ »)"),
            },
            "exit" => Exit(f, dates, errors),
            "barrier" => Barrier(f, dates),
            "request" => Request(f, dates),
            "referent_change" => Dated(f, dates, type) with
            {
                Referent = Shaped(f, "referent", true, Email(), 256, "une adresse électronique"),
                Reason = f.Code("reason", true, Codes.ReferentChangeReasons),
            },
            "extension" => Extension(f, dates),
            "absence" => Dated(f, dates, type) with { Kind = f.Code("kind", true, Codes.AbsenceKinds) },
            "breach" => Dated(f, dates, type) with { Reason = f.Code("reason", true, Codes.BreachReasons) },
            "sector_wish" => Dated(f, dates, type) with { Sector = f.Code("sector", true, Codes.Sectors) },
            _ => Dated(f, dates, type),
        };
        f.RejectUnknown();
        return errors.Count == before ? dto : null;
    }

    private static JourneyEventDto Dated(JsonFields f, JourneyDateRules dates, string type)
    {
        var date = f.Date("date", true);
        dates.Check(f, "date", date);
        return new JourneyEventDto { Type = type, Date = date };
    }

    private static JourneyEventDto Period(JsonFields f, JourneyDateRules dates, string type)
    {
        var start = f.Date("start", true);
        var end = f.Date("end", false);
        dates.CheckPeriod(f, start, end);
        return new JourneyEventDto { Type = type, Start = start, End = end };
    }

    private static JourneyEventDto Training(JsonFields f, JourneyDateRules dates)
    {
        var dto = Period(f, dates, "training") with { Qualifying = f.Bool("qualifying", true) };
        var obtained = f.Date("qualificationObtained", false);
        dates.Check(f, "qualificationObtained", obtained);
        if (obtained is { } o && dto.Start is { } s && o < s)
            f.Error("qualificationObtained", $"qualification obtenue avant le début de la formation ({o:yyyy-MM-dd} avant le {s:yyyy-MM-dd}).");
        if (obtained is not null && dto.Qualifying == false)
            f.Error("qualificationObtained", "qualification obtenue au terme d'une formation déclarée non qualifiante (qualifying: false).");
        return dto with { QualificationObtained = obtained };
    }

    private static JourneyEventDto Barrier(JsonFields f, JourneyDateRules dates)
    {
        var dto = Period(f, dates, "barrier") with { Family = f.Code("family", true, Codes.BarrierFamilies) };
        var worked = f.Date("workedFrom", false);
        dates.Check(f, "workedFrom", worked);
        if (worked is { } w && dto.Start is { } s && w < s)
            f.Error("workedFrom", $"travail sur le frein commencé avant son identification ({w:yyyy-MM-dd} avant le {s:yyyy-MM-dd}).");
        if (worked is { } w2 && dto.End is { } e && w2 > e)
            f.Error("workedFrom", $"travail sur le frein commencé après sa levée ({w2:yyyy-MM-dd} après le {e:yyyy-MM-dd}).");
        return dto with { WorkedFrom = worked };
    }

    private static JourneyEventDto Request(JsonFields f, JourneyDateRules dates)
    {
        var dto = Dated(f, dates, "request") with
        {
            Kind = f.Code("kind", true, Codes.RequestKinds),
            Outcome = f.Code("outcome", false, Codes.RequestOutcomes),
        };
        var decided = f.Date("outcomeDate", false);
        dates.Check(f, "outcomeDate", decided);
        if (decided is { } d && dto.Date is { } asked && d < asked)
            f.Error("outcomeDate", $"réponse antérieure à la demande ({d:yyyy-MM-dd} avant le {asked:yyyy-MM-dd}).");
        if (f.Has("outcome") != f.Has("outcomeDate"))
            f.Error(f.Has("outcome") ? "outcomeDate" : "outcome", "la réponse de France Travail (outcome) et sa date (outcomeDate) vont ensemble.");
        return dto with { OutcomeDate = decided };
    }

    /// <summary>An extension of 1 to <see cref="MaxExtensionMonths"/> months (the protocol's own bound is the commission's to apply).</summary>
    private static JourneyEventDto Extension(JsonFields f, JourneyDateRules dates)
    {
        var months = f.Int("months", true);
        if (months is < 1 or > MaxExtensionMonths)
            f.Error("months", $"durée de prolongation hors limites ({months} mois) : entre 1 et {MaxExtensionMonths} mois.");
        return Dated(f, dates, "extension") with { Months = months };
    }

    public const int MaxExtensionMonths = 24;

    private static JourneyEventDto Exit(JsonFields f, JourneyDateRules dates, List<JourneyImportError> errors)
    {
        var dto = Dated(f, dates, "exit") with
        {
            Reason = f.Code("reason", true, Codes.ExitReasons),
            AtypicalApproved = f.Bool("atypicalApproved", false),
        };
        // Written by the export (contract §4.3) and recomputed from the facts: accepted and ignored on import.
        f.Allow("computed");
        var proofs = new List<string>();
        if (f.Array("proofs", false) is { } list)
        {
            var i = 0;
            foreach (var p in list.EnumerateArray())
            {
                var at = JsonPaths.Index(f.PathOf("proofs"), i++);
                if (p.ValueKind == JsonValueKind.String && Codes.Proofs.ContainsKey(p.GetString()!)) proofs.Add(p.GetString()!);
                else errors.Add(new(at, $"justificatif inconnu {(p.ValueKind == JsonValueKind.String ? "« " + p.GetString() + " »" : JsonFields.Describe(p))} ; valeurs possibles : {string.Join(", ", Codes.Proofs.Keys)}."));
            }
        }
        return dto with { Proofs = proofs };
    }

    private static string? Shaped(JsonFields f, string name, bool required, Regex shape, int maxLength, string expected)
    {
        var value = f.String(name, required, maxLength);
        if (value is null || shape.IsMatch(value)) return value;
        f.Error(name, $"doit être {expected} : « {value} » ne convient pas.");
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex OrgCode();

    // Coded values only cross between partners (000, data annex): no free text where a code is expected.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex FreeCode();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
