using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;

namespace Passerelle.Cli;

/// <summary>The administration verbs; each is a thin call to a Core service.</summary>
public static class Verbs
{
    public static IEnumerable<Command> All()
    {
        yield return Migrate();
        yield return Plie();
        yield return User();
        yield return ApiKey();
        foreach (var c in ExchangeVerbs.All()) yield return c;
        yield return EligibilityVerb.Create();
        yield return ReportVerbs.Create();
    }

    private static Command Migrate()
    {
        var cmd = new Command("migrate", "Crée ou met à niveau le schéma de la base de données.");
        cmd.SetAction((_, ct) => CliHost.RunAsync("migrate", async (sp, ct) =>
        {
            var db = sp.GetRequiredService<PasserelleDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            Console.WriteLine(pending.Count == 0 ? "Schéma déjà à jour." : $"Migrations appliquées : {string.Join(", ", pending)}");
            return 0;
        }, ct));
        return cmd;
    }

    private static Command Plie()
    {
        var code = new Option<string>("--code") { Description = "Code court du PLIE (ex. casa)", Required = true };
        var name = new Option<string>("--name") { Description = "Nom du PLIE", Required = true };
        var preset = new Option<string>("--preset") { Description = "Protocole : " + string.Join(", ", ProtocolPresets.Names), Required = true };
        var create = new Command("create", "Crée un PLIE avec le protocole d'un préréglage.") { code, name, preset };
        create.SetAction((r, ct) => CliHost.RunAsync("plie create", async (sp, ct) =>
        {
            var plie = await sp.GetRequiredService<OrganisationService>()
                .CreatePlieAsync(r.GetRequiredValue(code), r.GetRequiredValue(name), r.GetRequiredValue(preset), ct: ct);
            Console.WriteLine($"PLIE « {plie.Code} » créé ({plie.Id}).");
            return 0;
        }, ct));
        return new Command("plie", "PLIE de l'instance.") { create };
    }

    private static Command User()
    {
        var email = new Option<string>("--email") { Description = "Adresse électronique (identifiant)", Required = true };
        var org = new Option<string>("--org") { Description = "Code de l'organisation", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "Rôle : " + string.Join(", ", Roles.Every.Select(Roles.Code)),
            Required = true,
        };
        var passwordFile = new Option<FileInfo?>("--password-file") { Description = "Fichier contenant le mot de passe (sinon un mot de passe est généré et affiché une fois)" };
        var create = new Command("create", "Crée un utilisateur.") { email, org, role, passwordFile };
        create.SetAction((r, ct) => CliHost.RunAsync("user create", async (sp, ct) =>
        {
            if (!Roles.TryParse(r.GetRequiredValue(role), out var parsedRole))
                throw new ValidationException("--role", $"Rôle inconnu « {r.GetValue(role)} » ; valeurs possibles : {string.Join(", ", Roles.Every.Select(Roles.Code))}.");
            string password;
            var generated = false;
            if (r.GetValue(passwordFile) is { } file)
            {
                if (!file.Exists) throw new ValidationException("--password-file", $"Fichier introuvable : {file.FullName}");
                password = (await File.ReadAllTextAsync(file.FullName, ct)).TrimEnd('\r', '\n');
            }
            else
            {
                password = GeneratePassword();
                generated = true;
            }
            var user = await sp.GetRequiredService<OrganisationService>()
                .CreateUserAsync(r.GetRequiredValue(email), r.GetRequiredValue(org), parsedRole, password, ct: ct);
            Console.WriteLine($"Utilisateur {user.Email} créé ({Roles.Code(parsedRole)}).");
            if (generated) Console.WriteLine($"Mot de passe initial (affiché une seule fois) : {password}");
            return 0;
        }, ct));
        return new Command("user", "Utilisateurs.") { create };
    }

    private static Command ApiKey()
    {
        var email = new Option<string>("--email") { Description = "Utilisateur titulaire de la clé", Required = true };
        var name = new Option<string>("--name") { Description = "Nom de la clé (usage)", Required = true };
        var create = new Command("create", "Crée une clé d'API et l'affiche une seule fois.") { email, name };
        create.SetAction((r, ct) => CliHost.RunAsync("apikey create", async (sp, ct) =>
        {
            var (_, secret) = await sp.GetRequiredService<OrganisationService>()
                .CreateApiKeyAsync(r.GetRequiredValue(email), r.GetRequiredValue(name), ct);
            Console.WriteLine(secret);
            return 0;
        }, ct));
        return new Command("apikey", "Clés d'API (/api/v1).") { create };
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, alphabet, (span, a) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = a[RandomNumberGenerator.GetInt32(a.Length)];
        });
    }
}
