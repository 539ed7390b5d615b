using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// The exit form's fields as typed: date, coded reason, proofs received. The commission's decision on an atypical exit
/// is not typed here: it is taken at a session (Commission/Demande, then the session's page) once the exit is recorded.
/// </summary>
public sealed class ExitInput
{
    [Display(Name = "Date de sortie")] public string? Date { get; set; }
    [Display(Name = "Motif de sortie")] public string? Reason { get; set; }
    [Display(Name = "Justificatifs reçus")] public List<string> Proofs { get; set; } = [];
}
