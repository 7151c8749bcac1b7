using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Commands;

/// <summary>Inline mode end to end: inline_query updates from the fake Bot API, answered with answerInlineQuery.</summary>
public sealed class InlineTests
{
    private const long Alice = 1001;

    [Fact]
    public async Task A_query_lists_the_matching_papers_each_sending_its_channel_post()
    {
        await using var bot = await CreateAsync(At(2020, 11, 10, 12, 0));
        using var host = await bot.StartChatAsync();

        var answer = await InlineAsync(bot, "LAMBDA");

        var lambda = Assert.Single(answer.Results); // LambdaNetworks: its title matches, its headline is 用 lambda 层代替自注意力
        Assert.Contains(lambda.Text, bot.ExpectedTexts("2020-W43"));
        Assert.Equal("HTML", lambda.ParseMode, ignoreCase: true);
        Assert.Equal("用 lambda 层代替自注意力", lambda.Title);
        Assert.EndsWith("<a href=\"https://openreview.net/forum?id=xTJEN-ggl1b\">https://openreview.net/forum?id=xTJEN-ggl1b</a>", lambda.Text, StringComparison.Ordinal);
        Assert.Equal("基于它的 LambdaResNet 在 ImageNet 上比 EfficientNet 更快，精度也更高。", lambda.Description);
        Assert.Equal(300, answer.CacheTime);
        Assert.Empty(bot.Api.Delivered); // the answer puts nothing in any chat
        await host.StopAsync();
    }

    [Theory]
    [InlineData("", "2020-W45")]
    [InlineData("   ", "2020-W45")]
    [InlineData("43", "2020-W43")]
    [InlineData("2020-W44", "2020-W44")]
    public async Task An_empty_query_lists_the_latest_week_and_a_week_lists_that_week(string query, string week)
    {
        await using var bot = await CreateAsync(At(2020, 11, 10, 12, 0));
        using var host = await bot.StartChatAsync();

        var answer = await InlineAsync(bot, query);

        Assert.Equal(bot.ExpectedTexts(week).Skip(1), answer.Results.Select(r => r.Text));
        Assert.Equal(answer.Results.Count, answer.Results.Select(r => r.Id).Distinct().Count());
        Assert.Equal(300, answer.CacheTime);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_query_matching_nothing_is_answered_with_no_results()
    {
        await using var bot = await CreateAsync(At(2020, 11, 10, 12, 0));
        using var host = await bot.StartChatAsync();

        var answer = await InlineAsync(bot, "no paper says zyxwvut");

        Assert.Empty(answer.Results);
        Assert.Equal(300, answer.CacheTime);
        await host.StopAsync();
    }

    [Fact]
    public async Task Polling_asks_for_inline_queries()
    {
        await using var bot = await CreateAsync(At(2020, 11, 10, 12, 0));
        using var host = await bot.StartChatAsync();

        await bot.AdvanceUntilAsync(() => bot.Api.AllowedUpdates is not null);

        Assert.Equal(["message", "callback_query", "inline_query"], bot.Api.AllowedUpdates);
        await host.StopAsync();
    }

    private static async Task<FakeInlineAnswer> InlineAsync(Harness.BotHarness bot, string query)
    {
        var id = bot.Api.Inline(Alice, query);
        await bot.AdvanceUntilAsync(() => bot.Api.InlineAnswers.Any(a => a.QueryId == id), TimeSpan.FromMilliseconds(100));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("inline query", StringComparison.Ordinal));
        return Assert.Single(bot.Api.InlineAnswers, a => a.QueryId == id);
    }
}
