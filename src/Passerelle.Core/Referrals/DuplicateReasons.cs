namespace Passerelle.Core.Referrals;

/// <summary>Why a known person may be the one looked for.</summary>
[Flags]
public enum DuplicateReasons
{
    None = 0,
    /// <summary>Same France Travail id, and the names and birth dates agree.</summary>
    FranceTravailId = 1,
    /// <summary>Same birth date and names that match (<see cref="NameMatching"/>).</summary>
    NameAndBirthDate = 2,
    /// <summary>
    /// Same France Travail id but another name or birth date: flagged, never merged (issue 3 item 2) — one of the two
    /// ids is probably mistyped.
    /// </summary>
    FranceTravailIdCollision = 4,
}
