using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referrals;
using Passerelle.Web.Forms;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// The online fiche ↔ <see cref="ReferralRequest"/>: typed values to the request (only the shape of dates and numbers
/// is judged here), and the service's errors back onto the fields they name.
/// </summary>
public static class ReferralForm
{
    public const string Prefix = "Input";
    public const string Another = "autre";

    public static ReferralRequest ToRequest(string? plie, ReferralInput input, ModelStateDictionary state)
    {
        var doublon = input.Doublon?.Trim();
        // An answer given for another identity than the one typed now is ignored: the check runs again.
        if (!string.IsNullOrEmpty(doublon) && input.Verifie != IdentityKey(plie, input)) doublon = null;
        return new ReferralRequest
        {
            Plie = plie,
            Date = Date(input.Date, "Date", "Date de l'orientation", state),
            Channel = input.Channel,
            PrescriberKind = input.PrescriberKind,
            PersonInformed = input.PersonInformed,
            ConfirmedNew = doublon == Another,
            AttachTo = Guid.TryParse(doublon, out var id) ? id : null,
            Person = new ReferredPerson
            {
                LastName = input.LastName,
                FirstName = input.FirstName,
                BirthName = input.BirthName,
                BirthDate = Date(input.BirthDate, "BirthDate", "Date de naissance", state),
                Sex = input.Sex,
                CommuneInsee = string.IsNullOrWhiteSpace(input.OtherCommune) ? input.Commune : input.OtherCommune,
                FranceTravailId = input.FranceTravailId,
                Situation = Situation(input),
            },
        };
    }

    public static SituationDto Situation(ReferralInput input) => new()
    {
        Rsa = input.Rsa,
        Ass = input.Ass,
        Aah = input.Aah,
        Rqth = input.Rqth,
        Qpv = input.Qpv,
        LongTermUnemployed = input.LongTermUnemployed,
        SingleParent = input.SingleParent,
        SelfEmployed = input.SelfEmployed,
        FollowedByMissionLocale = input.FollowedByMissionLocale,
        EducationLevel = int.TryParse(input.EducationLevel, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : null,
    };

    /// <summary>The service's errors on the fields they name ("person.birthDate" → "Input.BirthDate"); "" for the whole form.</summary>
    public static void AddErrors(ModelStateDictionary state, ReferralInput input, IEnumerable<ReferralError> errors)
    {
        foreach (var e in errors)
        {
            var key = Key(e.Field, input);
            // A date that did not read is already reported: "missing" from the service would say it twice.
            if (key.Length > 0 && state.HasError(key)) continue;
            state.AddModelError(key, e.Message);
        }
    }

    /// <summary>A fingerprint of the identity the duplicates were checked for (a hash: the page shows the identity anyway).</summary>
    public static string IdentityKey(string? plie, ReferralInput i)
    {
        var text = string.Join('|', plie, SearchKeys.Normalise(i.LastName ?? ""), SearchKeys.Normalise(i.FirstName ?? ""),
            SearchKeys.Normalise(i.BirthName ?? ""), i.BirthDate?.Trim(), i.FranceTravailId?.Trim().ToUpperInvariant());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string Key(string field, ReferralInput input) => field switch
    {
        "person.lastName" => "Input.LastName",
        "person.firstName" => "Input.FirstName",
        "person.birthName" => "Input.BirthName",
        "person.birthDate" => "Input.BirthDate",
        "person.sex" => "Input.Sex",
        "person.communeInsee" => string.IsNullOrWhiteSpace(input.OtherCommune) ? "Input.Commune" : "Input.OtherCommune",
        "person.franceTravailId" => "Input.FranceTravailId",
        "person.situation.educationLevel" => "Input.EducationLevel",
        "referral.date" => "Input.Date",
        "referral.channel" => "Input.Channel",
        "referral.prescriberKind" => "Input.PrescriberKind",
        "personInformed" => "Input.PersonInformed",
        "attachTo" => "Input.Doublon",
        _ => "",
    };

    private static DateOnly? Date(string? text, string name, string label, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (FrenchDates.TryParse(text, out var date)) return date;
        state.AddModelError($"{Prefix}.{name}", $"{label} : date impossible ou mal écrite « {text.Trim()} » (jj/mm/aaaa).");
        return null;
    }
}
