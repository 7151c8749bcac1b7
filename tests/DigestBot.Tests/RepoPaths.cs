namespace DigestBot.Tests;

/// <summary>Where the repository, its sample digests and the shared corpus are, seen from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleDigests => Path.Combine(Root, "digests");

    /// <summary>The real digests, read from ../shared/corpus beside the checkout (CI lays it there).</summary>
    public static string Corpus
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            Assert.True(Directory.Exists(corpus),
                $"The digest corpus is expected at {corpus} (../shared/corpus beside the checkout); these tests read the real files from there.");
            return corpus;
        }
    }

    /// <summary>Reference data (twitter-text conformance cases, the Bot API spec) from ../shared/reference.</summary>
    public static string Reference(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", relative));
        Assert.True(File.Exists(path), $"Reference file expected at {path} (../shared/reference beside the checkout).");
        return path;
    }

    /// <summary>
    /// The program as built beside the tests (same configuration and framework), to run as a real process. Its own
    /// output folder, not the test's: the tests reference ASP.NET Core, which changes which assemblies are copied.
    /// </summary>
    public static string Program
    {
        get
        {
            var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(Root, "src", "DigestBot", "bin", build.Parent!.Name, build.Name, "digestbot.dll");
            Assert.True(File.Exists(path), $"The program is expected at {path}; build the solution first.");
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
