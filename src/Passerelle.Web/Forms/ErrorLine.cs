namespace Passerelle.Web.Forms;

/// <summary>A line of a form's error summary: a link to the field (null for an error of the whole form) and its text.</summary>
public sealed record ErrorLine(string? Href, string Text);
