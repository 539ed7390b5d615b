using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Pages.Commission;

/// <summary>The decision typed on one file of a session (one form per file, no script needed).</summary>
public sealed class DecisionForm
{
    public Guid Item { get; set; }
    [Display(Name = "Décision")] public string? Choice { get; set; }
    [Display(Name = "Référent·e")] public string? Referent { get; set; }
    [Display(Name = "Motif")] public string? Reason { get; set; }
    [Display(Name = "Réorientation")] public string? Reorientation { get; set; }
    [Display(Name = "Durée accordée")] public int? Months { get; set; }

    /// <summary>The file's kind, for the confirmation message only (the decision is judged on the recorded file).</summary>
    public string? Kind { get; set; }
}
