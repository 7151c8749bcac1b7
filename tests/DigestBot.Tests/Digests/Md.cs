using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>Parses hand-written Markdown snippets for the quirk tests.</summary>
internal static class Md
{
    public static ParsedDigest Parse(params string[] lines) => DigestParser.Parse("test.md", string.Join('\n', lines));

    public static DigestEntry Single(params string[] lines)
    {
        var parsed = Parse(lines);
        return Assert.Single(parsed.Digest.Entries);
    }

    /// <summary>A 2020-style weekly digest around the given body lines.</summary>
    public static string[] Weekly(params string[] body) => ["# 2020 年第 43 周", "", "# 1.机器学习论文", "", .. body];
}
