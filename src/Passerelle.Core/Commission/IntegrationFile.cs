namespace Passerelle.Core.Commission;

/// <summary>
/// The paperwork of one integration (« un dossier de demande d'intégration et un contrat d'engagement sont élaborés »,
/// 000 art. 3-4 b): the date the contract of engagement was signed, and France Travail's PNI delegation, requested then
/// confirmed (« la délégation au PLIE du suivi du parcours … est alors confirmée à réception, par Pôle emploi »). Keyed by
/// the integration's date, not the fact's id, so that a re-import of the journey keeps it. The PNI end date is not
/// stored: confirmed date (else integration date) + the protocol's <see cref="Protocols.PathwayRules.PniMonths"/>.
/// Tenant-owned.
/// </summary>
public class IntegrationFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly IntegrationDate { get; set; }
    public DateOnly? ContractSignedOn { get; set; }
    public DateOnly? PniRequestedOn { get; set; }
    public DateOnly? PniConfirmedOn { get; set; }
    public Guid? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}
