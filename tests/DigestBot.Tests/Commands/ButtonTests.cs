using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Commands;

/// <summary>The week's buttons and deep links end to end: presses come as callback_query updates from the fake Bot API.</summary>
public sealed class ButtonTests
{
    private const long Alice = 1001;

    [Fact]
    public async Task A_press_on_the_next_week_edits_the_message_to_that_week_with_its_own_buttons()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        var week43 = await bot.AskAsync(Alice, "/week 43");
        Assert.Equal([new FakeButton("2020-W44 ▶", "w:2020-W44"), new FakeButton("★ Picks", "p:2020-W43")], week43.Buttons);

        bot.Api.Press(week43, "w:2020-W44", Alice);
        await bot.AdvanceUntilAsync(() => bot.Api.CallbackAnswers.Count == 1, TimeSpan.FromMilliseconds(100));

        var edit = Assert.Single(bot.Api.Edits);
        Assert.Equal((week43.Id, week43.ChatId), (edit.Id, edit.ChatId));
        Assert.StartsWith("ML News 2020-W44 ·", edit.Visible, StringComparison.Ordinal);
        Assert.Equal(bot.Api.To(Alice)[0].Visible, edit.Visible); // the chat's message now shows week 44
        Assert.Contains(new FakeButton("◀ 2020-W43", "w:2020-W43"), edit.Buttons);
        Assert.Contains(new FakeButton("2020-W45 ▶", "w:2020-W45"), edit.Buttons);
        Assert.Null(bot.Api.CallbackAnswers[0].Text);
        Assert.Single(bot.Api.To(Alice)); // edited in place, nothing new sent
        await host.StopAsync();
    }

    [Fact]
    public async Task The_picks_button_shows_the_picks_with_a_button_back_to_the_week()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        var week43 = await bot.AskAsync(Alice, "/week 43");

        bot.Api.Press(week43, "p:2020-W43", Alice);
        await bot.AdvanceUntilAsync(() => bot.Api.CallbackAnswers.Count == 1, TimeSpan.FromMilliseconds(100));

        var edit = Assert.Single(bot.Api.Edits);
        Assert.StartsWith("Editor's picks, 2020-W43\n★ LambdaNetworks", edit.Visible, StringComparison.Ordinal);
        Assert.Equal([new FakeButton("↩ 2020-W43", "w:2020-W43")], edit.Buttons);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("w:2020-W44; DROP TABLE", "That button is not one I know; try /weeks.")]
    [InlineData("x:2020-W44", "That button is not one I know; try /weeks.")]
    [InlineData("", "That button is not one I know; try /weeks.")]
    [InlineData("w:2019-W01", "2019-W01 is no longer there; /weeks lists the weeks that are.")]
    public async Task Forged_or_stale_data_gets_a_notice_and_no_edit(string data, string notice)
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        var week43 = await bot.AskAsync(Alice, "/week 43");

        bot.Api.Press(week43, data, Alice);
        await bot.AdvanceUntilAsync(() => bot.Api.CallbackAnswers.Count == 1, TimeSpan.FromMilliseconds(100));

        Assert.Equal(notice, bot.Api.CallbackAnswers[0].Text);
        Assert.Empty(bot.Api.Edits);
        Assert.Single(bot.Api.To(Alice));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_press_on_a_message_telegram_will_not_edit_is_answered_and_the_week_comes_as_a_new_message()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        var week43 = await bot.AskAsync(Alice, "/week 43");
        bot.Api.MakeUneditable(week43.Id);

        bot.Api.Press(week43, "w:2020-W44", Alice);
        await bot.AdvanceUntilAsync(() => bot.Api.CallbackAnswers.Count == 1, TimeSpan.FromMilliseconds(100));

        Assert.Equal("That message is too old to change: sent a new one.", bot.Api.CallbackAnswers[0].Text);
        Assert.Empty(bot.Api.Edits);
        var fresh = bot.Api.To(Alice)[^1];
        Assert.StartsWith("ML News 2020-W44 ·", fresh.Visible, StringComparison.Ordinal);
        Assert.Contains(new FakeButton("◀ 2020-W43", "w:2020-W43"), fresh.Buttons);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("/start w2020-43", "ML News 2020-W43 ·")]
    [InlineData("/start w2020-44", "ML News 2020-W44 ·")]
    [InlineData("/start p2010_01412", "寻找平坦的最小值以提升泛化 · 2020-W43")]
    [InlineData("/start p2010.01412", "寻找平坦的最小值以提升泛化 · 2020-W43")]
    [InlineData("/start something-else", "DigestBot answers from Akira's weekly ML news digest.")]
    public async Task A_deep_link_opens_its_week_or_paper(string command, string start)
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        Assert.StartsWith(start, (await bot.AskAsync(Alice, command)).Visible, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_channel_header_links_the_week_in_the_bot_and_the_papers_are_unchanged()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));

        Assert.Equal(0, await bot.RunAsync("post", "--week", "2020-W43"));

        var sent = bot.Api.Delivered.Select(m => m.Text).ToList();
        Assert.EndsWith("\n<a href=\"https://t.me/DigestBot?start=w2020-43\">Read this week in the bot</a>", sent[0], StringComparison.Ordinal);
        Assert.StartsWith("<b>ML News 2020-W43 · 4 papers", sent[0], StringComparison.Ordinal);
        Assert.All(sent.Skip(1), text => Assert.DoesNotContain("t.me/", text, StringComparison.Ordinal));
        Assert.Equal(5, sent.Count);
    }
}
