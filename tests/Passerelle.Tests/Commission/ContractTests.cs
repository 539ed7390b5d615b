using Passerelle.Core.Commission;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The contract of engagement (002 art. 3-3 « la signature d'un contrat d'engagement confirme l'entrée ») with the
/// personal-data notice of 000 data convention art. 4.2 (« finalités de l'échange de données, durée de conservation,
/// exercice des droits »), parsed back from the DOCX.
/// </summary>
public class ContractTests : CommissionTest
{
    [Theory]
    [InlineData("casa-2021-2023", "06004", "au plus tard 10 ans après la fin de cette convention (le 31/12/2022)", "24 mois")]
    [InlineData("cov-2020-2022", "94022", "6 mois après la fin de votre accompagnement, et au plus tard 2 mois après la fin de la convention avec France Travail (le 31/12/2022)", "au moins 2 fois par mois")]
    [InlineData("martigues-2023-2027", "13056", "au plus tard 30 mois après votre entrée dans le parcours et 6 mois après la fin de la convention", "18 mois, suivi dans l'emploi compris")]
    public async Task The_contract_carries_the_commitments_and_the_notice_purposes_retention_rights_of_the_plie_convention(
        string preset, string commune, string retention, string pathway)
    {
        await ArrangePlieAsync(preset, preset.Split('-')[0]);
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!), "Amélie", "Rousseau", commune);
        var neighbour = await PersonAsync(Intakes.InPathway(Referent.Email!), "Mamadou", "Voisin", commune);

        var file = await AsAsync<IntegrationFiles, (byte[] Content, string FileName)?>(Referent, f => f.ContractAsync(person.Id));

        Assert.Equal($"contrat-engagement-{person.Ref}.docx", file!.Value.FileName);
        var text = Docx.Read(file.Value.Content).Text;
        Assert.Contains("Amélie ROUSSEAU, né·e le 04/05/1980", text, StringComparison.Ordinal);
        Assert.Contains($"Votre référent·e unique de parcours est referente ({Referent.Email})", text, StringComparison.Ordinal);
        Assert.Contains(pathway, text, StringComparison.Ordinal);
        Assert.Contains("Information sur vos données personnelles", text, StringComparison.Ordinal);
        Assert.Contains("d'améliorer l'accompagnement et d'accélérer le retour à l'emploi", text, StringComparison.Ordinal); // purposes, art. 2
        Assert.Contains(retention, text, StringComparison.Ordinal);                                                         // art. 4.2 / 8 / 11
        Assert.Contains("articles 15 à 23 du règlement général sur la protection des données", text, StringComparison.Ordinal); // art. 7
        Assert.Contains("délai d'un mois", text, StringComparison.Ordinal);
        Assert.Contains("code « PNI », pour 24 mois au plus", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Voisin", text, StringComparison.Ordinal);
        Assert.DoesNotContain(neighbour.Ref, text, StringComparison.Ordinal);
        Assert.Contains("person.contract", await AuditActionsAsync());
    }

    [Fact]
    public async Task No_contract_before_the_integration()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync();

        Assert.Null(await AsAsync<IntegrationFiles, (byte[] Content, string FileName)?>(Referent, f => f.ContractAsync(person.Id)));
    }

    [Fact]
    public void The_retention_sentence_follows_the_protocol_data()
    {
        var casa = ProtocolPresets.Load("casa-2021-2023").Retention;
        Assert.Equal(
            "Le PLIE conserve votre dossier tant qu'il est nécessaire à l'exécution de la convention avec France Travail et au contrôle du Fonds social "
            + "européen, et le détruit au plus tard 10 ans après la fin de cette convention (le 31/12/2022). Les données échangées avec France Travail "
            + "sont détruites 6 mois après la fin de votre accompagnement, et au plus tard 30 mois après votre entrée dans le parcours.",
            DataNotice.RetentionText(casa));
    }
}
