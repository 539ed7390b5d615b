namespace Passerelle.Core.Reporting;

/// <summary>
/// Requests to France Travail of one kind made in the period and what became of them by the day figures are read on
/// (seed 000 art. 6: « état des demandes adressées à Pôle emploi et des réalisations effectives »).
/// </summary>
public sealed record RequestRow(string Kind, string Label, int Realised, int Refused, int Waiting)
{
    public int Total => Realised + Refused + Waiting;
}
