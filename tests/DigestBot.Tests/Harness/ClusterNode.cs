using System.Globalization;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Telegram;
using DigestBot.Tests.Fakes;

namespace DigestBot.Tests.Harness;

/// <summary>Real digestbot processes sharing one PostgreSQL database and one fake Telegram server.</summary>
internal static class ClusterNode
{
    /// <summary>A password in the connection string (the test server trusts loopback and never asks for it): no output may show it.</summary>
    public const string Password = "cluster-secret-5c1e";

    /// <summary>Starts `digestbot run` as one instance of the cluster, with short check-in and poller intervals.</summary>
    public static DigestbotProcess Start(string name, PostgresDatabase database, FakeBotApi api, string digests, string cron) =>
        DigestbotProcess.Start(name, [
            "run",
            $"--Telegram:BotToken={FakeBotApi.Token}",
            $"--Telegram:ApiBaseUrl={api.BaseUrl}",
            $"--Telegram:ChannelId={FakeBotApi.ChannelName}",
            "--Telegram:ChannelLanguage=en", // the tests compare with the English header
            "--Telegram:ChannelMessagesPerMinute=20",
            "--Telegram:PollTimeoutSeconds=2",
            "--Storage:Provider=postgres",
            $"--Storage:ConnectionString={database.ConnectionString};Password={Password}",
            "--Cluster:CheckinIntervalSeconds=1",
            "--Cluster:CheckinMisfireThresholdSeconds=2",
            "--Cluster:PollerRetrySeconds=1",
            $"--Digests:Path={digests}",
            $"--Schedule:Cron={cron}",
        ]);

    /// <summary>A whole second at least <paramref name="margin"/> from now.</summary>
    public static DateTimeOffset FireIn(TimeSpan margin)
    {
        var at = DateTimeOffset.UtcNow + margin;
        return new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero).AddSeconds(1);
    }

    /// <summary>A cron expression (with its year) that fires once, at that second, UTC.</summary>
    public static string OnceAt(DateTimeOffset fire) =>
        string.Create(CultureInfo.InvariantCulture, $"{fire.Second} {fire.Minute} {fire.Hour} {fire.Day} {fire.Month} ? {fire.Year}");

    /// <summary>A digests folder holding the sample 2020-W43 digest retitled as the ISO week of the fire.</summary>
    public static string DigestsFor(DateTimeOffset fire, string folder)
    {
        var year = ISOWeek.GetYear(fire.UtcDateTime);
        var week = ISOWeek.GetWeekOfYear(fire.UtcDateTime);
        var text = File.ReadAllText(Path.Combine(RepoPaths.SampleDigests, "2020-w43.md"))
            .Replace("# 2020 年第 43 周", string.Create(CultureInfo.InvariantCulture, $"# {year} 年第 {week} 周"), StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{year}-w{week:00}.md")), text);
        return string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00}");
    }

    /// <summary>The Telegram posts of a week as the channel gets them: the header with its link to the week in the bot.</summary>
    public static IReadOnlyList<string> ExpectedTexts(string digests, string week)
    {
        var digest = DigestLookup.Find(DigestFolder.Load(digests).Select(p => p.Digest).ToList(), week)!;
        return WeekPlan.For(digest, new TelegramFormat())
            .Select(p => p.Entry == WeekPlan.HeaderEntry ? DeepLink.AddToHeader(p.Text, FakeBotApi.Username, digest.Label) : p.Text).ToList();
    }

    public static async Task<IReadOnlyList<LedgerPost>> LedgerAsync(PostgresDatabase database, string week)
    {
        await using var state = database.OpenState();
        return await new SqlPostLedger(state, TimeProvider.System).ListAsync(week, CancellationToken.None);
    }
}
