namespace Passerelle.Core.Demo;

/// <summary>Common first and last names in France (synthetic people only: any likeness is chance).</summary>
internal static class DemoNames
{
    public static readonly string[] Women =
    [
        "Awa", "Nathalie", "Sandrine", "Fatima", "Isabelle", "Sophie", "Aïcha", "Céline", "Karima", "Valérie",
        "Stéphanie", "Nadia", "Émilie", "Samira", "Laetitia", "Christine", "Mélanie", "Yasmina", "Sylvie", "Aurélie",
        "Hélène", "Khadija", "Virginie", "Leïla", "Marie", "Amandine", "Fatou", "Séverine", "Inès", "Catherine",
        "Patricia", "Myriam", "Élodie", "Rachida", "Julie", "Anaïs", "Mariama", "Corinne", "Sabrina", "Agnès",
    ];

    public static readonly string[] Men =
    [
        "Mohamed", "Julien", "Sébastien", "Karim", "Nicolas", "Christophe", "Mamadou", "Frédéric", "Stéphane", "Ahmed",
        "Laurent", "Olivier", "Rachid", "David", "Thierry", "Moussa", "Jérôme", "Yacine", "Franck", "Cédric",
        "Éric", "Abdel", "Pascal", "Mickaël", "Samir", "Grégory", "Ibrahima", "Fabrice", "Bruno", "Hakim",
        "Jean-Marc", "Patrick", "Ousmane", "Romain", "Thomas", "Didier", "Farid", "Anthony", "Philippe", "Kévin",
    ];

    public static readonly string[] Last =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Benali",
        "Diallo", "Traoré", "Nguyen", "Haddad", "Rossi", "Da Silva", "Ferreira", "Mansour", "Cissé", "Belkacem",
        "Giraud", "Faure", "Blanc", "Guerin", "Muller", "Henry", "Rousseau", "Chevalier", "Gauthier", "Perrin",
        "Ben Amor", "Kone", "Lopez", "Sanchez", "Fontaine", "Barbier", "Arnaud", "Colin", "Brun", "Meunier",
    ];
}
