namespace Passerelle.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
