namespace Passerelle.Tests.TestSupport;

/// <summary>The checkout the tests run from (the folder holding Passerelle.slnx).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Passerelle.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Passerelle.slnx not found above " + AppContext.BaseDirectory);
    }
}
