using DigestBot.Cli;
using DigestBot.Publishing;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Cli;

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

    [Fact]
    public async Task Local_mode_answers_commands_from_standard_input_and_the_end_of_input_ends_the_run()
    {
        await using var bot = await CreateAsync(At(2026, 11, 28, 12, 0));
        bot.ExtraSettings["Telegram:BotToken"] = "";
        bot.ExtraSettings["Telegram:ChannelId"] = "";
        bot.Input = new StringReader("/week 43\n/picks\n\n/week 99\n");

        Assert.Equal(0, await bot.RunAsync("run"));

        var output = bot.Output.ToString();
        var answers = output[output.IndexOf("> /week 43", StringComparison.Ordinal)..];
        Assert.StartsWith("> /week 43\nML News 2020-W43 · 4 papers · ★ 1 editor's pick\nhttps://example.org/digestbot/samples/2020-w43\n\n寻找平坦的最小值以提升泛化", answers, StringComparison.Ordinal);
        Assert.Contains("> /picks\nEditor's picks, 2020-W45\n★ 训练流程的“欠规范”会让模型在部署后失效 (https://arxiv.org/abs/2011.03395)", answers, StringComparison.Ordinal);
        Assert.EndsWith("> /week 99\nThere is no week 99. Weeks that exist: 2020-W43, 2020-W44, 2020-W45.\n\n", answers.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(output.IndexOf("--- post 4 ---", StringComparison.Ordinal) < output.IndexOf("> /week 43", StringComparison.Ordinal), "answers come after the start-up run's posts");
    }

    [Fact]
    public async Task Ask_answers_one_command_with_the_same_handlers()
    {
        await using var bot = await CreateAsync(At(2026, 11, 28, 12, 0));

        Assert.Equal(0, await bot.RunAsync("ask", "/search 傅立叶"));

        Assert.Equal("1 found for “傅立叶”\n\n在傅立叶空间中学习算子 · 2020-W43\n在纳维-斯托克斯方程上，它比传统求解器快约 1000 倍。\nhttps://arxiv.org/abs/2010.08895\n",
            bot.Output.ToString().ReplaceLineEndings("\n"));
    }
}
