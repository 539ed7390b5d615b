using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Reconciliation;

/// <summary>
/// Compares France Travail's list of PNI-delegated people with the PLIE's pathways on a day (<see cref="DifferenceKinds"/>
/// for the sources). For each line of the list: an id the PLIE does not know; a person never integrated; a person whose
/// pathway is closed (exit date); for a person in pathway, a start of delegation that is neither the confirmation recorded
/// on the integration file nor, when none is recorded, the integration date; an end that is not the start plus the
/// protocol's PNI months. For each person in pathway with a France Travail id who is not listed: the PNI coding to request,
/// or, when their IAE contract has ended, the return to PNI to ask for (002 art. 6); nothing while an IAE contract runs
/// (France Travail ends the delegation then, 000 art. 6). People referred by an agency the list does not cover are left out.
/// </summary>
public static class ReconciliationRules
{
    public static ReconciliationResult Compare(IReadOnlyList<PniListRow> rows, IReadOnlyList<ReconciledPerson> people, DateOnly asOf)
    {
        var differences = new List<ReconciliationDifference>();
        var agreed = 0;
        var byId = people.Where(p => p.FranceTravailId is not null)
            .GroupBy(p => p.FranceTravailId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Facts.InPathway).ThenByDescending(p => p.Facts.Integration is not null).First(),
                StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.FranceTravailId, out var person))
            {
                differences.Add(New(DifferenceKinds.UnknownId, null, row, null, row.Start, row.FranceTravailId));
                continue;
            }
            var facts = person.Facts;
            if (facts.Integration is not { } integration)
                differences.Add(New(DifferenceKinds.NeverIntegrated, person, row, null, row.Start));
            else if (facts.Exit is { } exit)
                differences.Add(New(DifferenceKinds.Exited, person, row, exit.Date, row.End));
            else
            {
                var start = facts.PniConfirmedOn ?? integration.Date;
                var end = row.Start.AddMonths(person.PniMonths);
                var agrees = true;
                if (row.Start != start)
                {
                    differences.Add(New(facts.PniConfirmedOn is null ? DifferenceKinds.StartUnrecorded : DifferenceKinds.StartDiffers, person, row, start, row.Start));
                    agrees = false;
                }
                if (row.End is { } listedEnd && listedEnd != end)
                {
                    differences.Add(New(DifferenceKinds.EndDiffers, person, row, end, listedEnd));
                    agrees = false;
                }
                if (agrees) agreed++;
            }
        }

        var listed = rows.Select(r => r.FranceTravailId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var agencies = rows.Select(r => r.Agency).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inPathway = 0;
        foreach (var person in people.Where(p => p.FranceTravailId is not null && p.Facts.InPathway).OrderBy(p => p.Facts.Integration!.Date))
        {
            if (person.ReferringAgency is { } agency && !agencies.Contains(agency)) continue;
            inPathway++;
            if (listed.Contains(person.FranceTravailId!)) continue;
            var iae = person.Facts.Periods.Where(IsIae).ToList();
            if (iae.Any(p => PathwayFacts.RunsOn(p, asOf))) continue;
            var ended = iae.Where(p => p.End < asOf).MaxBy(p => p.End);
            differences.Add(ended is not null
                ? New(DifferenceKinds.IaeEnded, person, null, ended.End, null)
                : New(DifferenceKinds.MissingPni, person, null, person.Facts.Integration!.Date, null));
        }
        return new ReconciliationResult(differences, agreed, inPathway);
    }

    /// <summary>A contract in an IAE structure (« chantier d'insertion », 002 art. 6): an IAE step or an IAE work contract.</summary>
    public static bool IsIae(PeriodEvent period) => period is StepEvent { Kind: "iae" } or ContractEvent { Kind: "iae" };

    private static ReconciliationDifference New(string kind, ReconciledPerson? person, PniListRow? row, DateOnly? plieDate, DateOnly? franceTravailDate,
        string? franceTravailId = null) => new()
        {
            Kind = kind,
            PersonId = person?.PersonId,
            Line = row?.Line,
            PlieDate = plieDate,
            FranceTravailDate = franceTravailDate,
            FranceTravailId = franceTravailId,
        };
}
