namespace Passerelle.Core.Journeys;

/// <summary>Directly identifying data of a person, kept apart from the facts and erased by retention.</summary>
public class PersonIdentity
{
    public Guid PersonId { get; set; }
    public Guid PlieId { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }

    /// <summary>
    /// Birth (maiden) name when it differs from <see cref="LastName"/>, the usage name: France Travail and a PLIE may know a
    /// person under either, and duplicate detection tries both (issue 3 item 2).
    /// </summary>
    public string? BirthName { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? FranceTravailId { get; set; }

    /// <summary>Upper-case, accent-free "LASTNAME FIRSTNAME", for search and duplicate detection.</summary>
    public required string SearchKey { get; set; }
}
