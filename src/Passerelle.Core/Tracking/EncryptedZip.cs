using ICSharpCode.SharpZipLib.Zip;

namespace Passerelle.Core.Tracking;

/// <summary>
/// A zip whose entries are encrypted with AES-256 (SharpZipLib 1.4.2; toolchain.md: 7-Zip opens it with the password and
/// refuses a wrong one), as the data conventions require for files mailed or dropped on FilR: « la transmission … doit
/// obligatoirement être sécurisée (cryptée) … la clé de déchiffrage sera adressée … par un autre canal » (000 data
/// convention, annexe D).
/// </summary>
public static class EncryptedZip
{
    public static void Write(Stream output, string password, DateTime modified, IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = new ZipOutputStream(output) { IsStreamOwner = false, Password = password };
        zip.SetLevel(6);
        foreach (var (name, content) in entries)
        {
            zip.PutNextEntry(new ZipEntry(name) { AESKeySize = 256, DateTime = modified, Size = content.Length });
            zip.Write(content);
            zip.CloseEntry();
        }
        zip.Finish();
    }
}
