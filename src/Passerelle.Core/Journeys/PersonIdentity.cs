namespace Passerelle.Core.Journeys;

/// <summary>Directly identifying data of a person, kept apart from the facts and erased by retention.</summary>
public class PersonIdentity
{
    public Guid PersonId { get; set; }
    public Guid PlieId { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? FranceTravailId { get; set; }

    /// <summary>Upper-case, accent-free "LASTNAME FIRSTNAME", for search and duplicate detection.</summary>
    public required string SearchKey { get; set; }
}
