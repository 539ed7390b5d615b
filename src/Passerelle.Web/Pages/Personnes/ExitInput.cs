using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>The exit form's fields as typed: date, coded reason, proofs received and the commission's decision on an atypical exit.</summary>
public sealed class ExitInput
{
    [Display(Name = "Date de sortie")] public string? Date { get; set; }
    [Display(Name = "Motif de sortie")] public string? Reason { get; set; }
    [Display(Name = "Justificatifs reçus")] public List<string> Proofs { get; set; } = [];

    /// <summary>"oui", "non" or empty (not asked).</summary>
    [Display(Name = "Décision de la commission")] public string? Atypical { get; set; }

    public bool? AtypicalApproved => Atypical switch { "oui" => true, "non" => false, _ => null };
}
