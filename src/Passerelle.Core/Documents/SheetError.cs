namespace Passerelle.Core.Documents;

/// <summary>A problem of a list received as a spreadsheet: the sheet line (null for the file or its headers), the column title, the message in French.</summary>
public sealed record SheetError(int? Line, string? Column, string Message)
{
    public override string ToString() =>
        (Line is { } l ? $"ligne {l}" : "fichier") + (Column is null ? "" : $", colonne « {Column} »") + " : " + Message;
}
