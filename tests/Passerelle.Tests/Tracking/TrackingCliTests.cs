using Passerelle.Tests.Exchange;

namespace Passerelle.Tests.Tracking;

/// <summary>Contract §3 `export tracking --plie CODE --month YYYY-MM --out FILE.zip --password-file F`, run as an administrator would.</summary>
public class TrackingCliTests : TrackingTest
{
    [Fact]
    public async Task Export_tracking_writes_the_encrypted_zip_that_7z_opens_with_the_password_file()
    {
        await new TestSupport.PersonBuilder(Plie.Id).WithEvents(_ =>
            [new Core.Journeys.ReferralEvent { Date = new(2026, 3, 2), PrescriberKind = "france_travail", PrescriberOrg = Agency, Channel = "flow" }]).SaveAsync(Db);
        var folder = Directory.CreateTempSubdirectory("tracking-cli-").FullName;
        var passwordFile = Path.Combine(folder, "phrase.txt");
        await File.WriteAllTextAsync(passwordFile, "une-phrase-de-passe-solide\n");
        var output = Path.Combine(folder, "tableau-2026-03.zip");

        var (code, stdout, stderr) = await CliRun.RunAsync(Db, "export", "tracking", "--plie", "casa", "--month", "2026-03", "--out", output, "--password-file", passwordFile);

        Assert.True(code == 0, stderr);
        Assert.Contains("1 ligne(s)", stdout, StringComparison.Ordinal);
        var (opened, extracted) = await TrackingFileReader.ExtractAsync(await File.ReadAllBytesAsync(output), "une-phrase-de-passe-solide");
        Assert.Equal(0, opened);
        var xlsx = TrackingFileReader.ReadXlsx(Directory.GetFiles(extracted, "*.xlsx").Single());
        Assert.Equal(2, xlsx.Count);
        Assert.Equal("02/03/2026", xlsx[1][4].Text);
    }

    [Fact]
    public async Task Bad_options_are_all_reported_with_the_option_they_concern_and_nothing_is_registered()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Db, "export", "tracking", "--plie", "atlantis", "--month", "2026-13",
            "--out", "/nulle/part/t.zip", "--password-file", "/nulle/part/phrase.txt");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("--month : mois mal écrit « 2026-13 »", stderr, StringComparison.Ordinal);
        Assert.Contains("--password-file : fichier introuvable", stderr, StringComparison.Ordinal);
        Assert.Contains("--out : dossier introuvable", stderr, StringComparison.Ordinal);
        Assert.Contains("--plie : aucun PLIE ne porte le code « atlantis »", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_passphrase_or_a_month_outside_the_convention_names_its_option()
    {
        var folder = Directory.CreateTempSubdirectory("tracking-cli-").FullName;
        var passwordFile = Path.Combine(folder, "phrase.txt");
        await File.WriteAllTextAsync(passwordFile, "court");
        var shortPassword = await CliRun.RunAsync(Db, "export", "tracking", "--plie", "casa", "--month", "2026-03", "--out", Path.Combine(folder, "t.zip"), "--password-file", passwordFile);
        await File.WriteAllTextAsync(passwordFile, "une-phrase-de-passe-solide");
        var before = await CliRun.RunAsync(Db, "export", "tracking", "--plie", "casa", "--month", "2025-12", "--out", Path.Combine(folder, "t.zip"), "--password-file", passwordFile);
        var agency = await CliRun.RunAsync(Db, "export", "tracking", "--plie", "casa", "--month", "2026-03", "--agency", "FT-NICE", "--out", Path.Combine(folder, "t.zip"), "--password-file", passwordFile);

        Assert.Contains("--password-file : phrase de passe trop courte (5 caractères) : 12 au moins.", shortPassword.Stderr, StringComparison.Ordinal);
        Assert.Contains("--plie : aucune convention d'échange de données du PLIE « casa » ne couvre 2025-12", before.Stderr, StringComparison.Ordinal);
        Assert.Contains("--agency : aucune convention d'échange de données avec « FT-NICE »", agency.Stderr, StringComparison.Ordinal);
        Assert.Equal((2, 2, 2), (shortPassword.ExitCode, before.ExitCode, agency.ExitCode));
        Assert.False(File.Exists(Path.Combine(folder, "t.zip")));
    }

    [Fact]
    public async Task Help_describes_the_verb_and_its_options()
    {
        var (code, stdout, _) = await CliRun.RunAsync(Db, "export", "tracking", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--plie", "--month", "--out", "--password-file", "--agency", "AES-256" })
            Assert.Contains(option, stdout, StringComparison.Ordinal);
    }
}
