using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Commands;

/// <summary>Fixed texts follow the sender's language_code (zh* Chinese, else English); the channel's, a setting.</summary>
public sealed class LanguageTests
{
    private const long Li = 2001;

    [Fact]
    public async Task A_chinese_user_gets_chinese_help_and_a_chinese_no_such_week()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        var help = await bot.AskAsync(Li, "/help", "zh-hans");
        var week = await bot.AskAsync(Li, "/week 99", "zh-hans");

        Assert.StartsWith("DigestBot 根据 Akira 的每周机器学习新闻摘要作答。\n\n/week [N | 2020-W43] — 某一周的论文", help.Visible, StringComparison.Ordinal);
        Assert.Equal("没有第 99 周。现有的周：2020-W43, 2020-W44, 2020-W45。", week.Visible);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("/week 43", "ML 新闻 2020-W43 · 4 篇论文 · ★ 1 篇编辑精选\n")]
    [InlineData("/picks 43", "编辑精选，2020-W43\n★ LambdaNetworks")]
    [InlineData("/weeks", "共 3 期周报\n\n2020-W43")]
    [InlineData("/search 注意力", "“注意力”找到 2 条")]
    [InlineData("/search quantum", "没有找到“quantum”。")]
    [InlineData("/week <b>&amp;", "/week 需要一个周：/week 43、/week 2020-W43 或 /week 2020-43（而不是“<b>&amp;”）。")]
    [InlineData("/issue 29", "没有第 #29 期")]
    [InlineData("/paper 9999.99999", "没有周报收录 arXiv 9999.99999")]
    [InlineData("/frobnicate", "我不认识 /frobnicate。")]
    [InlineData("hello", "请发送命令")]
    [InlineData("/topics", "本聊天未订阅。")]
    [InlineData("/subscribe gan", "已订阅：每周关于 gan 的论文")]
    [InlineData("/unsubscribe", "本聊天没有订阅。")]
    public async Task Chinese_answers_are_chinese_and_valid_telegram_html(string command, string start)
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        // The fake refuses HTML Telegram would refuse: an answer that arrives passed its checks.
        var reply = await bot.AskAsync(Li, command, "zh-hans");

        Assert.StartsWith(start, reply.Visible, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Week_buttons_are_labelled_in_the_readers_language()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();

        var week = await bot.AskAsync(Li, "/week 43", "zh-TW");

        Assert.Contains(new FakeButton("★ 精选", "p:2020-W43"), week.Buttons);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("zh", "<b>ML 新闻 2020-W43 · 4 篇论文 · ★ 1 篇编辑精选</b>")]
    [InlineData("en", "<b>ML News 2020-W43 · 4 papers · ★ 1 editor's pick</b>")]
    public async Task The_channel_header_is_in_the_channel_language(string language, string header)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Telegram:ChannelLanguage"] = language;
        using var host = bot.BuildHost();
        await host.StartAsync();

        await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count > 0);
        await host.StopAsync();

        Assert.StartsWith(header, bot.Api.Delivered[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(header, (await bot.LedgerAsync("2020-W43"))[0].Text, StringComparison.Ordinal); // the ledger keeps the planned text
    }
}
