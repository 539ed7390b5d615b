namespace Passerelle.Core.Organisations;

/// <summary>
/// The roles of contract §3 (`user create --role`). The code is what the CLI, the database and the API use.
/// </summary>
public enum Role
{
    Director,
    Coordinator,
    Referent,
    EmployerRelations,
    ClauseFacilitator,
    Assistant,
    FtCounsellor,
    FtCorrespondent,
    SocialWorker,
    Admin,
    Dpo,
    Auditor,
}
