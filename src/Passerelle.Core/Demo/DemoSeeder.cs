using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Demo;

/// <summary>
/// The demo instance of a fresh clone (contract §1): a carrier, a PLIE on the CASA preset, a France Travail
/// agency, a Département, one user of each role, and synthetic people with varied journeys.
/// Deterministic: the same data on every machine.
/// </summary>
public sealed class DemoSeeder(OrganisationService organisations, JourneyImporter importer, PasserelleDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Shared by the demo accounts only; printed on the console at first start.</summary>
    public const string Password = "Demo-Passerelle-2026";
    public const string PlieCode = "demo";
    public const int People = 300;
    public const int Seed = 2026;

    public async Task<DemoResult> SeedAsync(CancellationToken ct = default)
    {
        var carrier = await organisations.CreateOrganisationAsync(OrganisationKind.Carrier, "ca-demo", "Communauté d'agglomération de démonstration", territoryCode: "240600585", ct: ct);
        var plie = await organisations.CreatePlieAsync(PlieCode, "PLIE de démonstration", "casa-2021-2023", carrier.Id, ct);
        var agency = await organisations.CreateOrganisationAsync(OrganisationKind.FranceTravailAgency, "FT-ANTIBES", "France Travail Antibes", territoryCode: "06", ct: ct);
        await organisations.CreateOrganisationAsync(OrganisationKind.Departement, "CD06", "Département des Alpes-Maritimes", territoryCode: "06", ct: ct);
        await organisations.CreateOrganisationAsync(OrganisationKind.Platform, "plateforme", "Plateforme Passerelle", ct: ct);

        var logins = new List<(string, string)>();
        foreach (var (code, role, org) in Accounts)
        {
            var email = $"{code.Replace('_', '.')}@demo.passerelle.local";
            await organisations.CreateUserAsync(email, org, role, Password, Roles.Label(role), ct);
            logins.Add((email, Roles.Label(role)));
        }
        await ImportPeopleAsync(ct);
        await AddConventionAsync(plie.Id, agency, ct);
        return new DemoResult(logins);
    }

    /// <summary>The synthetic people go through the same import as a PLIE's migration file: validated, audited.</summary>
    private async Task ImportPeopleAsync(CancellationToken ct)
    {
        var file = DemoJourneys.Generate(PlieCode, People, Seed, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        using var buffer = new MemoryStream();
        await JourneyWriter.WriteAsync(file, buffer, ct);
        buffer.Position = 0;
        var result = await importer.ImportAsync(buffer, ct);
        if (!result.Succeeded)
            throw new InvalidOperationException("Données de démonstration refusées par l'import : " + string.Join(" ; ", result.Errors.Take(5)));
    }

    private async Task AddConventionAsync(Guid plieId, Organisation agency, CancellationToken ct)
    {
        var convention = DemoConvention.For(plieId, agency.Id, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), clock.GetUtcNow().UtcDateTime);
        db.Conventions.Add(convention);
        audit.Record("convention.create", "convention", convention.Id, plieId, new { kind = convention.Kind, partner = agency.Code, items = convention.AllowedItems.Count });
        await db.SaveChangesAsync(ct);
    }

    private static readonly (string Code, Role Role, string Org)[] Accounts =
    [
        ("directrice", Role.Director, PlieCode),
        ("coordinatrice", Role.Coordinator, PlieCode),
        ("referente", Role.Referent, PlieCode),
        ("referent2", Role.Referent, PlieCode),
        ("cre", Role.EmployerRelations, PlieCode),
        ("clauses", Role.ClauseFacilitator, PlieCode),
        ("assistante", Role.Assistant, PlieCode),
        ("dpo", Role.Dpo, PlieCode),
        ("auditeur", Role.Auditor, PlieCode),
        ("conseiller.ft", Role.FtCounsellor, "FT-ANTIBES"),
        ("correspondant.ft", Role.FtCorrespondent, "FT-ANTIBES"),
        ("travailleur.social", Role.SocialWorker, "CD06"),
        ("admin", Role.Admin, "plateforme"),
    ];
}
