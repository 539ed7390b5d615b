using QRCoder;

namespace Passerelle.Web.Pages.Compte.Securite;

/// <summary>
/// The otpauth:// address of an authenticator key and its QR code, drawn here as a PNG data URI: no script,
/// no third-party service sees the key (the Content-Security-Policy allows data: images).
/// </summary>
public static class AuthenticatorQrCode
{
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>"JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP".</summary>
    public static string Group(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c)));
}
