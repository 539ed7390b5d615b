namespace Passerelle.Core.Conventions;

/// <summary>
/// What a data item's values are. Only <see cref="FreeText"/> may never cross: « sur les fiches de liaison et tableaux
/// échangés avec le partenaire, il n'y aura aucune rubrique permettant du texte libre » (000 data convention, annexe).
/// </summary>
public enum DataNature
{
    /// <summary>An identifier of another system (France Travail id, CAF id).</summary>
    Identifier,
    /// <summary>Identification data named by the annex (name, first name, address…), as recorded.</summary>
    Identity,
    Date,
    /// <summary>A value from a closed list of codes.</summary>
    Code,
    /// <summary>Comments and other free text: listed by some annexes (001 annexe 1 « commentaires »), never exchanged.</summary>
    FreeText,
}
