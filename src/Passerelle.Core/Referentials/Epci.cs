namespace Passerelle.Core.Referentials;

/// <summary>
/// An intercommunal body whose communes a protocol territory may name at once, by its SIREN code:
/// an EPCI à fiscalité propre (nature CA, CC, CU, METRO, MET69) or an EPT (nature "EPT").
/// EPT share the lookup so that a PLIE carried by an EPT names its territory like any other.
/// </summary>
public sealed record Epci(string Code, string Name, string Nature)
{
    public const string EptNature = "EPT";

    public bool IsEpt => Nature == EptNature;
}
