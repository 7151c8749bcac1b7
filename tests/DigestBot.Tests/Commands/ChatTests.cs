using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Commands;

/// <summary>Chat commands end to end: the fake Bot API hands out user messages by long polling, the real host answers.</summary>
public sealed class ChatTests
{
    private const long Alice = 1001;

    [Fact]
    public async Task Week_43_in_a_private_chat_lists_each_paper_with_headline_sentence_and_link()
    {
        await using var bot = await CreateAsync(At(2026, 11, 28, 12, 0));
        using var host = await bot.StartChatAsync();

        var reply = await bot.AskAsync(Alice, "/week 43");

        Assert.StartsWith("ML News 2020-W43 · 4 papers · ★ 1 editor's pick\nhttps://example.org/digestbot/samples/2020-w43\n\n寻找平坦的最小值以提升泛化\n作者提出 SAM", reply.Visible, StringComparison.Ordinal);
        foreach (var link in new[] { "https://arxiv.org/abs/2010.01412", "https://openreview.net/forum?id=xTJEN-ggl1b", "https://arxiv.org/abs/2010.08895", "https://arxiv.org/abs/2010.07468" })
        {
            Assert.Contains($"\n{link}", reply.Visible, StringComparison.Ordinal);
        }

        Assert.Equal(("html", true, null), (reply.ParseMode?.ToLowerInvariant(), reply.PreviewDisabled, reply.ReplyTo));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("/week 2020-W44", "ML News 2020-W44 ·")]
    [InlineData("/week 2020-44", "ML News 2020-W44 ·")]
    [InlineData("/WEEK 44", "ML News 2020-W44 ·")]
    [InlineData("/week", "ML News 2020-W43 ·")] // the clock says 2020-W43
    [InlineData("/latest", "ML News 2020-W45 ·")]
    [InlineData("/picks", "Editor's picks, 2020-W45\n★ 训练流程的“欠规范”会让模型在部署后失效")]
    [InlineData("/picks 43", "Editor's picks, 2020-W43\n★ LambdaNetworks")]
    [InlineData("/weeks", "3 digests\n\n2020-W43, 2020-W44, 2020-W45")]
    [InlineData("/search lambda", "1 found for “lambda”\n\n用 lambda 层代替自注意力 · 2020-W43")]
    [InlineData("/search 注意力", "2 found for “注意力”")]
    [InlineData("/paper 2010.01412", "寻找平坦的最小值以提升泛化 · 2020-W43\n锐度感知最小化")]
    [InlineData("/paper https://arxiv.org/pdf/2010.01412v2.pdf", "寻找平坦的最小值以提升泛化 · 2020-W43")]
    [InlineData("/help", "DigestBot answers from Akira's weekly ML news digest.\n\n/week [N | 2020-W43]")]
    [InlineData("/start", "DigestBot answers from Akira's weekly ML news digest.")]
    [InlineData("/issue 29", "There is no issue #29: these digests have no numbered issues")]
    public async Task Every_command_answers(string command, string start)
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        Assert.StartsWith(start, (await bot.AskAsync(Alice, command)).Visible, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("/week 99", "There is no week 99. Weeks that exist: 2020-W43, 2020-W44, 2020-W45.")]
    [InlineData("/week abc", "/week takes a week: /week 43, /week 2020-W43 or /week 2020-43 (not \"abc\").")]
    [InlineData("/week <b>&amp;", "/week takes a week: /week 43, /week 2020-W43 or /week 2020-43 (not \"<b>&amp;\").")]
    [InlineData("/search", "/search needs some text: /search lambda, /search 注意力.")]
    [InlineData("/search quantum gravity", "Nothing found for “quantum gravity”.")]
    [InlineData("/paper 9999.99999", "No digest has arXiv 9999.99999. Try /search with words from its title.")]
    [InlineData("/paper lambda", "/paper takes an arXiv id: /paper 2010.01412 (or an arxiv.org link).")]
    [InlineData("/issue x", "/issue takes an issue number: /issue 29.")]
    [InlineData("/frobnicate", "I don't know /frobnicate. /help lists what I can do.")]
    [InlineData("hello there", "Send me a command, for example /week 43, /latest or /search lambda. /help lists them all.")]
    public async Task Wrong_input_gets_a_short_specific_answer(string text, string answer)
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        Assert.Equal(answer, (await bot.AskAsync(Alice, text)).Visible);
        await host.StopAsync();
    }

    [Fact]
    public async Task Long_and_strange_input_never_crashes_the_handler_nor_produces_a_message_telegram_rejects()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        var random = new Random(7);
        string[] inputs =
        [
            "/search " + new string('<', 4000),
            "/week " + string.Concat(Enumerable.Repeat("&lt;💥\u0301\u200d", 800)),
            "/paper " + new string('9', 4000),
            "/" + new string('w', 4000),
            "/search " + new string(Enumerable.Range(0, 4000).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray()),
            "/search 的",
        ];

        foreach (var input in inputs)
        {
            bot.Api.Say(Alice, Alice, input);
        }

        await bot.AdvanceUntilAsync(() => bot.Api.Calls.Count >= inputs.Length);
        Assert.Equal(bot.Api.Calls.Count, bot.Api.Delivered.Count); // every answer was accepted
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task In_groups_the_bot_answers_commands_addressed_to_it_as_replies_and_ignores_the_rest()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        const long group = -4001;

        bot.Api.Say(group, 7, "/week@OtherBot 43", "group");
        bot.Api.Say(group, 7, "what a week", "group");
        bot.Api.Say(group, 7, "/frobnicate", "group");
        var asked = bot.Api.Say(group, 7, "/week@DigestBot 43", "group");

        await bot.AdvanceUntilAsync(() => bot.Api.To(group).Count == 1);
        await bot.AdvanceUntilAsync(() => bot.Api.Pending == 0);
        var reply = Assert.Single(bot.Api.To(group));
        Assert.Equal(asked, reply.ReplyTo);
        Assert.StartsWith("ML News 2020-W43", reply.Visible, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Past_twenty_commands_a_minute_a_user_gets_one_notice_then_silence_until_the_minute_is_over()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        for (var i = 0; i < 25; i++)
        {
            bot.Api.Say(Alice, Alice, "/weeks");
        }

        await bot.AdvanceUntilAsync(() => bot.Api.Pending == 0, TimeSpan.FromMilliseconds(100)); // all handled; one chat's answers 1.1 s apart
        var replies = bot.Api.To(Alice);
        Assert.Equal(21, replies.Count);
        Assert.Equal("That is a lot of commands: I will answer you again in a minute.", replies[^1].Visible);

        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.StartsWith("3 digests", (await bot.AskAsync(Alice, "/weeks")).Visible, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_command_menu_is_set_in_english_and_chinese_after_dropping_any_webhook()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        await bot.AdvanceUntilAsync(() => bot.Api.Setup.Count >= 3);

        var setup = bot.Api.Setup;
        Assert.Equal(["deleteWebhook", "setMyCommands", "setMyCommands"], setup.Select(s => s["method"]!.GetValue<string>()));
        Assert.False(setup[0]["drop_pending_updates"]?.GetValue<bool>() ?? false);
        Assert.Equal("week", setup[1]["commands"]![0]!["command"]!.GetValue<string>());
        Assert.Null(setup[1]["language_code"]);
        Assert.Equal("zh", setup[2]["language_code"]!.GetValue<string>());
        Assert.Contains("论文", setup[2]["commands"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_update_whose_answer_never_came_back_is_handled_again_after_a_restart()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        bot.Api.On(1, new FakeReply.Hang());
        using (var host = await bot.StartChatAsync())
        {
            bot.Api.Say(Alice, Alice, "/week 44");
            await bot.AdvanceUntilAsync(() => bot.Api.Calls.Count == 1);
            await host.StopAsync(); // the process goes down while the answer is in flight
        }

        using (var restarted = await bot.StartChatAsync())
        {
            await bot.AdvanceUntilAsync(() => bot.Api.Calls.Count == 2 && bot.Api.Pending == 0);
            await restarted.StopAsync();
        }

        Assert.All(bot.Api.Calls, c => Assert.StartsWith("<b>ML News 2020-W44", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handled_updates_are_confirmed_and_not_answered_again_after_a_restart()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using (var host = await bot.StartChatAsync())
        {
            await bot.AskAsync(Alice, "/weeks");
            await bot.AdvanceUntilAsync(() => bot.Api.Pending == 0, TimeSpan.Zero); // handled, and the next poll confirmed it
            await host.StopAsync();
        }

        using (var restarted = await bot.StartChatAsync())
        {
            await bot.AskAsync(Alice, "/latest");
            await restarted.StopAsync();
        }

        var answers = bot.Api.To(Alice);
        Assert.Equal(2, answers.Count);
        Assert.StartsWith("3 digests", answers[0].Visible, StringComparison.Ordinal);
        Assert.StartsWith("ML News 2020-W45", answers[1].Visible, StringComparison.Ordinal);
    }
}
