namespace Passerelle.Web.Pages.Conventions;

/// <summary>One line of the correspondents' table of the convention form (left empty: ignored).</summary>
public sealed class CorrespondentLine
{
    public string? Role { get; set; }
    public string? Partie { get; set; }
    public string? Organisme { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Partie) && string.IsNullOrWhiteSpace(Organisme);
}
