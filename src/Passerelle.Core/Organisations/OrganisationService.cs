using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Organisations;

/// <summary>Organisations, PLIE with their protocol, users and API keys.</summary>
public sealed class OrganisationService(PasserelleDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<Organisation> CreateOrganisationAsync(OrganisationKind kind, string code, string name, Guid? parentId = null,
        string? territoryCode = null, CancellationToken ct = default)
    {
        code = code.Trim();
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
            throw new ValidationException("code", "Le code est obligatoire (64 caractères au plus).");
        if (string.IsNullOrWhiteSpace(name))
            throw new ValidationException("name", "Le nom est obligatoire.");
        if (await db.Organisations.AnyAsync(o => o.Code == code, ct))
            throw new ValidationException("code", $"Une organisation porte déjà le code « {code} ».");
        var org = new Organisation
        {
            Kind = kind,
            Code = code,
            Name = name.Trim(),
            ParentId = parentId,
            TerritoryCode = territoryCode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Organisations.Add(org);
        audit.Record("organisation.create", "organisation", org.Id, kind == OrganisationKind.Plie ? org.Id : null, new { kind, code });
        await db.SaveChangesAsync(ct);
        return org;
    }

    /// <summary>Creates a PLIE with the protocol of a preset (contract §3 `plie create`).</summary>
    public async Task<Organisation> CreatePlieAsync(string code, string name, string preset, Guid? carrierId = null, CancellationToken ct = default)
    {
        if (!ProtocolPresets.Names.Contains(preset))
            throw new ValidationException("preset", $"Préréglage inconnu « {preset} » ; valeurs possibles : {string.Join(", ", ProtocolPresets.Names)}.");
        var json = ProtocolPresets.Json(preset);
        var definition = ProtocolPresets.Parse(json);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var plie = await CreateOrganisationAsync(OrganisationKind.Plie, code, name, carrierId, ct: ct);
        db.Protocols.Add(new Protocol
        {
            PlieId = plie.Id,
            Preset = preset,
            ValidFrom = definition.ValidFrom,
            ValidTo = definition.ValidTo,
            DefinitionJson = json,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("protocol.create", "protocol", null, plie.Id, new { preset });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return plie;
    }

    public async Task<AppUser> CreateUserAsync(string email, string organisationCode, Role role, string? password,
        string? displayName = null, CancellationToken ct = default)
    {
        var org = await db.Organisations.SingleOrDefaultAsync(o => o.Code == organisationCode, ct)
            ?? throw new ValidationException("org", $"Aucune organisation ne porte le code « {organisationCode} ».");
        if (!Roles.AllowedIn(role, org.Kind))
            throw new ValidationException("role", $"Le rôle « {Roles.Code(role)} » n'existe pas dans une organisation de type {org.Kind}.");
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            OrganisationId = org.Id,
            Role = role,
            DisplayName = displayName ?? email.Split('@')[0],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new ValidationException(password is not null && result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email",
                string.Join(" ", result.Errors.Select(e => e.Description)));
        audit.Record("user.create", "user", user.Id, org.Kind == OrganisationKind.Plie ? org.Id : null, new { role = Roles.Code(role), org = org.Code });
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Creates an API key; returns the clear key, which is never stored (only its SHA-256).</summary>
    public async Task<(ApiKey Key, string Secret)> CreateApiKeyAsync(string email, string name, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim())
            ?? throw new ValidationException("email", $"Aucun utilisateur n'a l'adresse « {email} ».");
        if (string.IsNullOrWhiteSpace(name))
            throw new ValidationException("name", "Le nom de la clé est obligatoire.");
        var secret = "psl_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = new ApiKey
        {
            UserId = user.Id,
            Name = name.Trim(),
            Prefix = secret[..10],
            Hash = HashKey(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        audit.Record("apikey.create", "api_key", key.Id, null, new { user = user.Id });
        await db.SaveChangesAsync(ct);
        return (key, secret);
    }

    /// <summary>
    /// Disables or re-enables a user. Disabling also sets the lockout end to the far future, so that Identity's
    /// own sign-in checks (<c>SignInManager.CanSignInAsync</c> / lockout) refuse the password and 2FA steps
    /// without any custom code; the API key handler checks <see cref="AppUser.Disabled"/> itself.
    /// </summary>
    public async Task SetUserDisabledAsync(Guid userId, bool disabled, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new ValidationException("user", "Utilisateur introuvable.");
        if (user.Disabled == disabled) return;
        user.Disabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        // A new security stamp ends the sessions already open (cookies are re-validated against it).
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId, ct);
        audit.Record(disabled ? "user.disable" : "user.enable", "user", user.Id, org.Kind == OrganisationKind.Plie ? org.Id : null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Revokes an API key (kept, for the audit trail and the list of keys); revoking twice changes nothing.</summary>
    public async Task RevokeApiKeyAsync(Guid keyId, CancellationToken ct = default)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct)
            ?? throw new ValidationException("key", "Clé introuvable.");
        if (key.RevokedAt is not null) return;
        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("apikey.revoke", "api_key", key.Id, null, new { user = key.UserId });
        await db.SaveChangesAsync(ct);
    }

    public static string HashKey(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
