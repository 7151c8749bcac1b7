using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;

namespace DigestBot.Tests.Mastodon;

/// <summary>A fake Mastodon for a bot, what a week should look like there, and a digest folder of one week with one paper.</summary>
internal static class MastodonWeek
{
    /// <summary>Starts a fake Mastodon (on the bot's clock unless told) and points the bot's settings at it.</summary>
    public static async Task<FakeMastodonApi> StartMastodonAsync(BotHarness bot, TimeProvider? clock = null)
    {
        var mastodon = await FakeMastodonApi.StartAsync(clock ?? bot.Clock);
        foreach (var (key, value) in mastodon.Settings)
        {
            bot.ExtraSettings[key] = value;
        }

        return mastodon;
    }

    public static List<string> Texts(BotHarness bot, string week, IPostFormat format)
    {
        var digest = DigestLookup.Find(DigestFolder.Load(bot.Digests).Select(p => p.Digest).ToList(), week)!;
        return WeekPlan.For(digest, format).Select(p => p.Text).ToList();
    }

    /// <summary>A folder holding 2020-W43 with one paper whose summary is the given sentence.</summary>
    public static string OnePaper(string summary)
    {
        var folder = Directory.CreateTempSubdirectory("digestbot-mastodon-").FullName;
        File.WriteAllText(Path.Combine(folder, "2020-w43.md"), $"""
            # 2020 年第 43 周

            > 原文：<https://example.org/digestbot/samples/long-2020-w43>

            # 1.机器学习论文

            # 一篇摘要很长的论文

            *很长的摘要* [https://arxiv.org/abs/2010.01412](https://arxiv.org/abs/2010.01412)

            {summary}

            """);
        return folder;
    }
}
