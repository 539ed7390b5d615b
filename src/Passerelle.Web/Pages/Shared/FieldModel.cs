namespace Passerelle.Web.Pages;

/// <summary>A labelled text field for the <c>_Field</c> partial: label, help and error tied to the input for screen readers.</summary>
public sealed record FieldModel(string Name, string Label, string? Value, string? Help, string Type = "text", string Autocomplete = "off");
