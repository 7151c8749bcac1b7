using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>Finding a parsed digest by the week a command asks for (DigestLookup).</summary>
public sealed class DigestLookupTests
{
    [Theory]
    [InlineData("43")]
    [InlineData("４３")] // full-width, as a Chinese input method types "/week 43"
    [InlineData("2020-W４３")]
    public void A_week_asked_for_in_any_digits_is_found(string spec)
    {
        var digests = new[] { Md.Parse("# 2020 年第 43 周", "", "# 1.机器学习论文").Digest, Md.Parse("# 2020 年第 44 周", "", "# 1.机器学习论文").Digest };

        var found = DigestLookup.Find(digests, spec);

        Assert.Equal((2020, 43), (found?.Year, found?.Week));
    }
}
