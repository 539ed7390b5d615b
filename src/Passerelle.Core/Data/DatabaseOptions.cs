using Microsoft.Extensions.Configuration;

namespace Passerelle.Core.Data;

/// <summary>Contract §2: <c>Passerelle__Database__Provider</c> and <c>ConnectionStrings__Passerelle</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/passerelle.db";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var name = configuration["Passerelle:Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var p) ? p
            : throw new InvalidOperationException(
                $"Passerelle__Database__Provider : valeur « {name} » inconnue (attendu : Sqlite ou Postgres).");
        var connection = configuration.GetConnectionString("Passerelle");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("ConnectionStrings__Passerelle est obligatoire avec le fournisseur Postgres.");
            connection = DefaultSqlite;
        }
        return new DatabaseOptions(provider, connection);
    }
}
