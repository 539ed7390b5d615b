using System.Security.Cryptography;

namespace Passerelle.Core.Organisations;

/// <summary>
/// Initial passwords given by an administrator: 20 characters in groups, from an alphabet without look-alikes
/// (no 0/O, 1/l/I), so that they can be read aloud or copied by hand. About 110 bits of entropy.
/// </summary>
public static class InitialPasswords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2346789";

    public static string Generate()
    {
        var chars = new char[4 * 5 + 3];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 6 == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
