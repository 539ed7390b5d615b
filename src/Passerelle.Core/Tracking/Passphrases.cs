using System.Security.Cryptography;

namespace Passerelle.Core.Tracking;

/// <summary>
/// The passphrase of an encrypted tracking table: 6 groups of 4 characters drawn by the system's cryptographic generator
/// from 56 unambiguous letters and digits (about 139 bits), easy to read out over the phone — the other channel the
/// conventions ask for the key (000 data convention, annexe D).
/// </summary>
public static class Passphrases
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The shortest passphrase accepted from a file (<c>--password-file</c>).</summary>
    public const int MinLength = 12;

    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, 6).Select(_ => string.Create(4, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        })));
}
