using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>
/// The fields of the person page's entry forms, as typed (strings: a date or a number that does not parse gets a French
/// message, not the framework's). Each kind of fact uses some of them (<see cref="FactForms"/>).
/// </summary>
public sealed class FactInput
{
    [Display(Name = "Date")] public string? Date { get; set; }
    [Display(Name = "Modalité")] public string? Mode { get; set; }
    [Display(Name = "Type")] public string? Kind { get; set; }
    [Display(Name = "Début")] public string? Start { get; set; }
    [Display(Name = "Fin")] public string? End { get; set; }
    [Display(Name = "Heures par semaine")] public string? WeeklyHours { get; set; }
    [Display(Name = "Heures travaillées")] public string? HoursWorked { get; set; }
    [Display(Name = "Entreprise d'insertion")] public bool InsertionCompany { get; set; }
    [Display(Name = "Formation qualifiante")] public bool Qualifying { get; set; }
    [Display(Name = "Qualification obtenue le")] public string? QualificationObtained { get; set; }
    [Display(Name = "Motif")] public string? Reason { get; set; }
    [Display(Name = "Famille de frein")] public string? Family { get; set; }
    [Display(Name = "Identifié le")] public string? Identified { get; set; }
    [Display(Name = "Travaillé depuis")] public string? WorkedFrom { get; set; }
    [Display(Name = "Levé le")] public string? Lifted { get; set; }
    [Display(Name = "Secteur d'activité")] public string? Sector { get; set; }
    [Display(Name = "Référent·e")] public string? Referent { get; set; }
    [Display(Name = "Présent·e")] public bool Attended { get; set; } = true;
}
