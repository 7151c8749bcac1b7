using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types.Enums;
using global::Telegram.Bot.Types.InlineQueryResults;

namespace DigestBot.Tests.Fakes;

/// <summary>The fake's answerInlineQuery refuses what Telegram refuses, driven by the real client.</summary>
public sealed class InlineFakeTests
{
    [Theory]
    [InlineData("<b>unclosed", "a", "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("ok", "a", null)]
    [InlineData("ok", "dup", "Bad Request: RESULT_ID_DUPLICATE")]
    [InlineData("ok", "", "Bad Request: RESULT_ID_INVALID")]
    public async Task Results_are_checked_as_telegram_checks_them(string html, string secondId, string? description)
    {
        await using var api = await FakeBotApi.StartAsync();
        var id = api.Inline(1001, "x");
        InlineQueryResult[] results = [Article("dup", "<b>fine</b>"), Article(secondId == "a" ? "b" : secondId, html)];

        var error = await Record.ExceptionAsync(() => Client(api).AnswerInlineQuery(id, results, 300));

        Assert.Equal(description, (error as ApiRequestException)?.Message);
        Assert.Equal(description is null ? 1 : 0, api.InlineAnswers.Count);
    }

    [Fact]
    public async Task A_query_is_answered_once_and_an_unknown_id_is_refused()
    {
        await using var api = await FakeBotApi.StartAsync();
        var id = api.Inline(1001, "x");

        await Client(api).AnswerInlineQuery(id, [], 300);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Client(api).AnswerInlineQuery(id, [], 300));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => Client(api).AnswerInlineQuery("nope", [], 300));
        var tooMany = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Client(api).AnswerInlineQuery(api.Inline(1001, "y"), Enumerable.Range(0, 51).Select(i => Article($"r{i}", "x")), 300));

        Assert.All([again, unknown], e => Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", e.Message));
        Assert.Equal("Bad Request: RESULTS_TOO_MUCH", tooMany.Message);
        Assert.Equal(300, Assert.Single(api.InlineAnswers).CacheTime);
    }

    private static InlineQueryResultArticle Article(string id, string html) =>
        new(id, "title", new InputTextMessageContent(html) { ParseMode = ParseMode.Html });

    private static TelegramBotClient Client(FakeBotApi api) => new(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl) { RetryThreshold = 0 });
}
