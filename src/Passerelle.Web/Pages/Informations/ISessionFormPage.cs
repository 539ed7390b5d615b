namespace Passerelle.Web.Pages.Informations;

/// <summary>What the <c>_SessionForm</c> partial reads from its page: the typed fields and the places already used.</summary>
public interface ISessionFormPage
{
    SessionForm Seance { get; }
    IReadOnlyList<string> Places { get; }
}
