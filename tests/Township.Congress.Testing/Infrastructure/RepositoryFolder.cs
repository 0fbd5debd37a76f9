namespace Township.Congress.Testing.Infrastructure;

/// <summary>The checkout the tests run from: the folder of Township.Congress.sln above the test binaries.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Township.Congress.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Township.Congress.sln not found above " + AppContext.BaseDirectory);
    }
}
