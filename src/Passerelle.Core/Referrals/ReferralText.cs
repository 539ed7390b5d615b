using System.Globalization;

namespace Passerelle.Core.Referrals;

/// <summary>Dates as French readers write them, whatever the server's culture ("/" in a format string is the culture's separator).</summary>
internal static class ReferralText
{
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);
}
