using System.Collections.Frozen;

namespace Passerelle.Core.Organisations;

/// <summary>Codes and French labels of roles, and which organisation kinds may hold each.</summary>
public static class Roles
{
    private static readonly (Role Role, string Code, string Label, OrganisationKind[] Kinds)[] All =
    [
        (Role.Director, "director", "Directeur·rice du PLIE", [OrganisationKind.Plie]),
        (Role.Coordinator, "coordinator", "Chargé·e de mission / coordination", [OrganisationKind.Plie]),
        (Role.Referent, "referent", "Référent·e de parcours", [OrganisationKind.Plie]),
        (Role.EmployerRelations, "employer_relations", "Chargé·e de relations entreprises", [OrganisationKind.Plie]),
        (Role.ClauseFacilitator, "clause_facilitator", "Facilitateur·rice clauses sociales", [OrganisationKind.Plie]),
        (Role.Assistant, "assistant", "Assistant·e", [OrganisationKind.Plie]),
        (Role.FtCounsellor, "ft_counsellor", "Conseiller·ère France Travail", [OrganisationKind.FranceTravailAgency]),
        (Role.FtCorrespondent, "ft_correspondent", "Correspondant·e PLIE France Travail", [OrganisationKind.FranceTravailAgency]),
        (Role.SocialWorker, "social_worker", "Travailleur·se social·e du Département", [OrganisationKind.Departement, OrganisationKind.Prescriber]),
        (Role.Admin, "admin", "Administrateur·rice", [OrganisationKind.Platform, OrganisationKind.Carrier, OrganisationKind.Plie]),
        (Role.Dpo, "dpo", "Délégué·e à la protection des données", [OrganisationKind.Platform, OrganisationKind.Carrier, OrganisationKind.Plie]),
        (Role.Auditor, "auditor", "Auditeur·rice (contrôle FSE)", [OrganisationKind.Platform, OrganisationKind.Carrier, OrganisationKind.Plie]),
    ];

    private static readonly FrozenDictionary<string, Role> ByCode = All.ToFrozenDictionary(r => r.Code, r => r.Role);

    public static IEnumerable<Role> Every => All.Select(r => r.Role);

    public static string Code(Role role) => All.First(r => r.Role == role).Code;

    public static string Label(Role role) => All.First(r => r.Role == role).Label;

    public static bool TryParse(string code, out Role role) => ByCode.TryGetValue(code, out role);

    public static bool AllowedIn(Role role, OrganisationKind kind) => All.First(r => r.Role == role).Kinds.Contains(kind);
}
