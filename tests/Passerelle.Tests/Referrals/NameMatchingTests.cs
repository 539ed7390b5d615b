using Passerelle.Core.Referrals;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// Issue 3 item 2: "same normalised name + birth date (accents, case, compound names, maiden names)"; 000 art. 3-4 a: the
/// France Travail counsellor checks the person is not already followed by the PLIE. Birth dates are compared apart.
/// </summary>
public class NameMatchingTests
{
    [Theory]
    // Accents and case.
    [InlineData("Lefèvre", null, "Éloïse", "LEFEVRE", null, "ELOISE")]
    [InlineData("n'diaye", null, "aminata", "N'DIAYE", null, "Aminata")]
    [InlineData("Çelik", null, "Zoé", "celik", null, "zoe")]
    // Hyphens, apostrophes, spaces.
    [InlineData("Martin-Durand", null, "Jean-Pierre", "MARTIN DURAND", null, "Jean Pierre")]
    [InlineData("N'Diaye", null, "Awa", "Ndiaye", null, "Awa")]
    [InlineData("Le Gall", null, "Yann", "LEGALL", null, "Yann")]
    [InlineData("De La Fontaine", null, "Marc", "Delafontaine", null, "Marc")]
    [InlineData("Benali", null, "Jeanpierre", "Benali", null, "Jean-Pierre")]
    // Compound names: one part known on either side.
    [InlineData("Martin-Durand", null, "Éloïse", "Martin", null, "Éloïse")]
    [InlineData("Durand", null, "Éloïse", "MARTIN-DURAND", null, "Eloise")]
    [InlineData("Da Silva Pereira", null, "Ana", "Pereira", null, "Ana")]
    // Compound first names: one known with the other's first given name.
    [InlineData("Garcia", null, "Marie", "Garcia", null, "Marie-Claire")]
    [InlineData("Garcia", null, "Claire", "Garcia", null, "Marie Claire")]
    // Maiden name: given as the birth name on either side, or typed with "épouse" / "née".
    [InlineData("Martin", "Dubois", "Sophie", "Dubois", null, "Sophie")]
    [InlineData("Dubois", null, "Sophie", "Martin", "Dubois", "Sophie")]
    [InlineData("Martin", "Dubois", "Sophie", "Laurent", "Dubois", "Sophie")]
    [InlineData("Dubois épouse Martin", null, "Sophie", "Martin", null, "Sophie")]
    [InlineData("Martin née Dubois", null, "Sophie", "Dubois", null, "Sophie")]
    [InlineData("Lefèvre ép. Rousseau", null, "Inès", "LEFEVRE", null, "Ines")]
    // Last and first name typed the wrong way round.
    [InlineData("Awa", null, "Diallo", "Diallo", null, "Awa")]
    public void The_same_person_written_differently_matches(string lastA, string? birthA, string firstA, string lastB, string? birthB, string firstB)
    {
        Assert.True(NameMatching.SamePerson(lastA, birthA, firstA, lastB, birthB, firstB));
        Assert.True(NameMatching.SamePerson(lastB, birthB, firstB, lastA, birthA, firstA));
    }

    [Theory]
    // Another family or another first name.
    [InlineData("Martin", null, "Sophie", "Martins", null, "Sophie")]
    [InlineData("Martin", null, "Sophie", "Martin", null, "Sylvie")]
    [InlineData("Moreau", null, "Léa", "Moreau", null, "Léo")]
    // Twins: two compound first names sharing a part.
    [InlineData("Garcia", null, "Marie-Claire", "Garcia", null, "Marie-Anne")]
    // Particles alone do not make a family.
    [InlineData("De La Fontaine", null, "Marc", "De La Tour", null, "Marc")]
    [InlineData("Le Gall", null, "Yann", "Le Roux", null, "Yann")]
    // A maiden name on one side only, but another usage name and no common part.
    [InlineData("Martin", "Dubois", "Sophie", "Laurent", "Bernard", "Sophie")]
    // Crossed over, but not both ways.
    [InlineData("Awa", null, "Diallo", "Diallo", null, "Aminata")]
    public void Other_people_do_not_match(string lastA, string? birthA, string firstA, string lastB, string? birthB, string firstB)
    {
        Assert.False(NameMatching.SamePerson(lastA, birthA, firstA, lastB, birthB, firstB));
        Assert.False(NameMatching.SamePerson(lastB, birthB, firstB, lastA, birthA, firstA));
    }
}
