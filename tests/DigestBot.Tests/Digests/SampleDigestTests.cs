using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>The bot's own sample digests (digests/, read by default) parse cleanly in the series' format.</summary>
public sealed class SampleDigestTests
{
    [Fact]
    public void Sample_digests_are_three_weeks_including_2020_W43_without_problems()
    {
        var all = DigestFolder.Load(RepoPaths.SampleDigests);

        Assert.Empty(all.SelectMany(p => p.Problems));
        Assert.True(all.Count >= 3);
        Assert.All(all, p => Assert.Equal(DigestKind.Weekly, p.Digest.Kind));
        var w43 = Assert.Single(all, p => p.Digest is { Year: 2020, Week: 43 }).Digest;
        Assert.Equal(4, w43.Count(Section.Papers));
        Assert.All(w43.Entries, e => Assert.NotNull(e.Url));
        Assert.All(all.SelectMany(p => p.Digest.Entries), e => Assert.False(string.IsNullOrEmpty(e.Summary)));
    }

    [Fact]
    public void Sample_tracking_parameters_are_dropped_from_links()
    {
        var w44 = DigestFolder.Load(RepoPaths.SampleDigests).Single(p => p.Digest.Week == 44).Digest;

        Assert.Contains(w44.Entries, e => e.Url == "https://example.org/videos/kaggle-interview");
    }
}
