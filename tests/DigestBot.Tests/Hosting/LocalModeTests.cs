using DigestBot.Cli;
using DigestBot.Storage;
using static DigestBot.Tests.Hosting.BotHarness;

namespace DigestBot.Tests.Hosting;

/// <summary>With nothing configured the bot runs on its embedded defaults: console channel, SQLite file, sample digests.</summary>
public sealed class LocalModeTests
{
    [Fact]
    public async Task With_no_telegram_settings_run_says_it_is_in_local_mode_and_prints_the_latest_sample_week()
    {
        await using var bot = await CreateAsync(At(2026, 11, 28, 12, 0)); // no digest for 2026-W48
        bot.ExtraSettings["Telegram:BotToken"] = "";
        bot.ExtraSettings["Telegram:ChannelId"] = "";

        var exit = await bot.RunUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("→ console", StringComparison.Ordinal)), "run");

        Assert.Equal(0, exit);
        var lines = bot.Output.ToString().Split('\n');
        Assert.Equal(RunCommand.LocalModeLine, lines[0]);
        Assert.Equal(["--- post 1 ---", "ML News 2020-W45 · 3 papers · ★ 2 editor's picks"], lines[1..3]);
        Assert.Equal(4, lines.Count(l => l.StartsWith("--- post ", StringComparison.Ordinal)));
        Assert.Contains("https://arxiv.org/abs/2009.14794", lines);
        Assert.Empty(bot.Api.Calls);
        var ledger = await bot.LedgerAsync("2020-W45");
        Assert.All(ledger, row => Assert.Equal(("console", PostState.Sent), (row.Channel, row.State)));
    }

    [Fact]
    public async Task A_second_local_run_prints_nothing_new_and_says_the_week_is_already_posted()
    {
        await using var bot = await CreateAsync(At(2026, 11, 28, 12, 0));
        bot.ExtraSettings["Telegram:BotToken"] = "";
        bot.ExtraSettings["Telegram:ChannelId"] = "";
        await bot.RunUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("→ console", StringComparison.Ordinal)), "run");
        bot.Output.GetStringBuilder().Clear();

        await bot.RunUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("→ console", StringComparison.Ordinal)), "run");

        Assert.Equal(RunCommand.LocalModeLine, bot.Output.ToString().Trim());
        Assert.Contains(bot.Logs.Lines, l => l.Contains("2020-W45 → console: 0 sent now, 4 already sent", StringComparison.Ordinal));
    }
}
