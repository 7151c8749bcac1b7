using DigestBot.Publishing;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Telegram;

/// <summary>Awkward digest content through the real host, client and fake API: what arrives is what was written.</summary>
public sealed class ContentTests
{
    [Fact]
    public async Task Html_special_characters_and_an_oversized_summary_arrive_intact_and_within_the_limit()
    {
        var folder = Directory.CreateTempSubdirectory("digestbot-digests-").FullName;
        try
        {
            // Text, not markup: a Markdown digest writes a literal "<" like this (a tag such as <b> would be HTML).
            var headline = "Why 1 < 2 & \"x\" > y, and A&B <= C &amp; D"; // &amp; is Markdown's entity for "&"
            var summary = "We propose " + string.Concat(Enumerable.Repeat("a very long clause, ", 400)) + "and it works.";
            File.WriteAllText(Path.Combine(folder, "2020-w43.md"), $"""
                # 2020 年第 43 周

                # 1.机器学习论文

                # {headline}

                *A & B <title>* [https://arxiv.org/abs/2010.01412](https://arxiv.org/abs/2010.01412)

                {summary}
                """);
            await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0), folder);

            Assert.Equal(0, await bot.RunAsync("post", "--week", "2020-W43"));

            var paper = bot.Api.Delivered[1].Visible;
            Assert.StartsWith("Why 1 < 2 & \"x\" > y, and A&B <= C & D\n", paper, StringComparison.Ordinal);
            Assert.InRange(paper.Length, 3000, 4096);
            Assert.EndsWith("…\nhttps://arxiv.org/abs/2010.01412", paper, StringComparison.Ordinal);
            Assert.All(await bot.LedgerAsync(), row => Assert.Equal(PostState.Sent, row.State));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
