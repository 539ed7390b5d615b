namespace Passerelle.Tests.TestSupport;

/// <summary>
/// Base of tests that touch a database: a fresh one per test, on the suite's provider (SQLite, or PostgreSQL when
/// the test command runs the PostgreSQL suite with the "Database" category).
/// </summary>
[Trait("Category", "Database")]
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Db = await TestDatabase.CreateAsync();

    public virtual async Task DisposeAsync() => await Db.DisposeAsync();
}
