namespace Passerelle.Core.Documents;

/// <summary>A cell as read: its text (trimmed), whether it holds a formula, whether it is a number (a date may be an Excel serial).</summary>
public readonly record struct SheetCell(string Text, bool Formula, bool Number);
