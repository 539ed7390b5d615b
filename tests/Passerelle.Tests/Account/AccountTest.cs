using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

/// <summary>The real web host on a fresh database with one PLIE and one referent; a cookie-keeping HTML client.</summary>
public abstract class AccountTest : DatabaseTest, IAsyncLifetime
{
    protected PasserelleWebFactory Factory { get; private set; } = null!;
    protected HtmlClient Client { get; private set; } = null!;
    protected AppUser User { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await Seed.PlieAsync(Db, "casa");
        User = await Seed.UserAsync(Db, "casa", Role.Referent);
        Factory = new PasserelleWebFactory(Db);
        Client = HtmlClient.For(Factory);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await DisposeAsync();
    }

    protected Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> LoginAsync(string email, string password, string url = "/Compte/Connexion") =>
        Client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    protected async Task<List<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = Db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == action).OrderBy(e => e.Seq).ToListAsync();
    }
}
