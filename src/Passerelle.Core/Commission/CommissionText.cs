using System.Globalization;

namespace Passerelle.Core.Commission;

/// <summary>Dates as French readers write them, whatever the server's culture.</summary>
internal static class CommissionText
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
