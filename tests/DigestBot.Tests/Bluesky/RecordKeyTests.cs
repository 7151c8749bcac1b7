using System.Text.RegularExpressions;
using DigestBot.Bluesky;
using DigestBot.Publishing;

namespace DigestBot.Tests.Bluesky;

public sealed partial class RecordKeyTests
{
    [Fact]
    public void A_post_always_gets_the_same_key_and_another_post_another()
    {
        var header = new PostKey("2020-W43", "header", "bluesky");
        var paper = new PostKey("2020-W43", "https://arxiv.org/abs/2010.01412", "bluesky");

        Assert.Equal(RecordKey.For(header), RecordKey.For(header with { }));
        Assert.NotEqual(RecordKey.For(header), RecordKey.For(paper));
        Assert.NotEqual(RecordKey.For(paper), RecordKey.For(paper with { Week = "2020-W44" }));
    }

    [Fact]
    public void The_key_is_a_tid_whose_time_falls_in_the_posts_week()
    {
        var key = RecordKey.For(new PostKey("2020-W43", "https://arxiv.org/abs/2010.01412", "bluesky"));

        Assert.Matches(Tid(), key);
        var micros = Decode(key) >> 10;
        var time = DateTimeOffset.FromUnixTimeMilliseconds(micros / 1000);
        Assert.InRange(time, new DateTimeOffset(2020, 10, 19, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 10, 26, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("2020-W43", "2020-10-19")]
    [InlineData("#29 (2020-W43)", "2020-10-19")]
    [InlineData("2020-W53", "2020-12-28")]
    [InlineData("2021-W53", "2021-12-27")] // 2021 has 52 weeks: the last one
    [InlineData("2020-09", "2020-01-01")]
    public void The_week_start_comes_from_the_label(string week, string monday) =>
        Assert.Equal(DateTimeOffset.Parse(monday + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), RecordKey.WeekStart(week));

    [Fact]
    public void Encoding_follows_the_tid_alphabet()
    {
        Assert.Equal("2222222222222", RecordKey.Encode(0));
        Assert.Equal("2222222222223", RecordKey.Encode(1));
        Assert.Equal("bzzzzzzzzzzzz", RecordKey.Encode(long.MaxValue)); // the top bit is always zero
        Assert.Equal(123456789L, Decode(RecordKey.Encode(123456789L)));
    }

    [Fact]
    public void Keys_of_every_corpus_post_are_distinct()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => RecordKey.For(new PostKey($"2020-W{i % 53 + 1:00}", $"https://arxiv.org/abs/{i}", "bluesky"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    private static long Decode(string tid) =>
        tid.Aggregate(0L, (value, c) => (value << 5) | (long)"234567abcdefghijklmnopqrstuvwxyz".IndexOf(c, StringComparison.Ordinal));

    [GeneratedRegex("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")]
    private static partial Regex Tid();
}
