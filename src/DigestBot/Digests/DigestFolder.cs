namespace DigestBot.Digests;

/// <summary>All digests of a folder: every *.md file except the folder's README.</summary>
public static class DigestFolder
{
    public static IReadOnlyList<ParsedDigest> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the digests folder \"{folder}\" does not exist");
        }

        return Directory.EnumerateFiles(folder, "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => DigestFile.Read(path))
            .ToList();
    }
}
