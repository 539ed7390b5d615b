using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// Referral lists uploaded for a preview, waiting for the coordinator's choices and confirmation. Kept in memory only
/// (never written to disk: they hold personal data), for their uploader only, for 30 minutes at most, 20 at a time;
/// removed once imported or refused. A restart loses them: the coordinator uploads the list again.
/// </summary>
public sealed class ImportDrafts(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const int MaxDrafts = 20;
    private readonly ConcurrentDictionary<string, Draft> drafts = new(StringComparer.Ordinal);

    public sealed record Draft(Guid UserId, byte[] File, string FileName, DateTime Expires);

    public string Add(Guid userId, byte[] file, string fileName)
    {
        Purge();
        // One draft per user: a new upload replaces the previous one.
        foreach (var (key, _) in drafts.Where(d => d.Value.UserId == userId)) drafts.TryRemove(key, out _);
        foreach (var (key, _) in drafts.OrderBy(d => d.Value.Expires).Take(Math.Max(0, drafts.Count - MaxDrafts + 1))) drafts.TryRemove(key, out _);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        drafts[token] = new Draft(userId, file, fileName, clock.GetUtcNow().UtcDateTime + Lifetime);
        return token;
    }

    public Draft? Get(string? token, Guid userId)
    {
        Purge();
        return token is not null && drafts.TryGetValue(token, out var draft) && draft.UserId == userId ? draft : null;
    }

    public void Remove(string? token)
    {
        if (token is not null) drafts.TryRemove(token, out _);
    }

    private void Purge()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, draft) in drafts)
            if (draft.Expires <= now) drafts.TryRemove(key, out _);
    }
}
