using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;

namespace Passerelle.Core.Organisations;

/// <summary>
/// Audit lines of the account pages (the actions below). They carry the user id and the user's PLIE, so that a PLIE's auditor sees the logins
/// of its own people; never the typed address of an unknown account, which may be someone's password typed in
/// the wrong field.
/// </summary>
public sealed class AccountAudit(PasserelleDbContext db, AuditLog audit)
{
    public const string Login = "account.login";
    public const string LoginFailed = "account.login_failed";
    public const string TwoFactorEnabled = "account.2fa_enabled";
    public const string TwoFactorDisabled = "account.2fa_disabled";
    public const string RecoveryCodesGenerated = "account.recovery_codes_generated";
    public const string PasswordChanged = "account.password_changed";
    public const string Logout = "account.logout";

    /// <summary>Records an account event and saves it at once. <paramref name="user"/> is null for an unknown account.</summary>
    public async Task RecordAsync(string action, AppUser? user, object? detail = null, CancellationToken ct = default)
    {
        Guid? plieId = null;
        if (user is not null)
        {
            var kind = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(ct);
            if (kind == OrganisationKind.Plie) plieId = user.OrganisationId;
        }
        audit.Record(action, "user", user?.Id, plieId, detail);
        await db.SaveChangesAsync(ct);
    }
}
