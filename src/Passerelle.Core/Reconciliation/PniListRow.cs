namespace Passerelle.Core.Reconciliation;

/// <summary>One valid line of a PNI list: its line in the sheet, the France Travail id (upper case), the agency's code, the delegation's dates.</summary>
public sealed record PniListRow(int Line, string FranceTravailId, string Agency, DateOnly Start, DateOnly? End);
