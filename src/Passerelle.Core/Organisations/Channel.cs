namespace Passerelle.Core.Organisations;

/// <summary>Where an operation came from, recorded in the audit trail.</summary>
public enum Channel
{
    Web,
    Api,
    Cli,
    System,
}
