using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Telegram;

/// <summary>`digestbot post` through the real host and Telegram.Bot client when the Bot API answers with errors.</summary>
public sealed class ApiFailureTests
{
    private const string Week = "2020-W43";

    [Fact]
    public async Task Too_many_requests_waits_retry_after_then_sends_the_post_once()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(2, FakeReply.TooManyRequests(7));

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week));

        var expected = bot.ExpectedTexts(Week);
        Assert.Equal(expected, bot.Api.Delivered.Select(m => m.Text));
        Assert.Equal(expected.Count + 1, bot.Api.Calls.Count);
        Assert.Equal(bot.Api.Calls[1].Text, bot.Api.Calls[2].Text);
        Assert.True(bot.Api.Calls[2].ArrivedAt - bot.Api.Calls[1].ArrivedAt >= TimeSpan.FromSeconds(6), "the retry came before retry_after");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("rate-limited", StringComparison.Ordinal) && l.Contains("waiting 7 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_stops_the_channel_with_a_clear_message_and_keeps_every_post_pending()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(1, FakeReply.NotInChannel);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));

        Assert.Single(bot.Api.Calls);
        Assert.Empty(bot.Api.Delivered);
        Assert.Contains("stopped: 403 Forbidden: bot is not a member of the channel chat", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.All(await bot.LedgerAsync(Week), row => Assert.Equal(PostState.Pending, row.State));
    }

    [Fact]
    public async Task Bad_request_fails_that_post_with_the_reason_the_rest_goes_on_and_a_later_post_retries_it()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(2, new FakeReply.ApiError(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3"));
        var expected = bot.ExpectedTexts(Week);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));
        Assert.Equal(expected.Where((_, i) => i != 1), bot.Api.Delivered.Select(m => m.Text));
        var failed = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Failed);
        Assert.Equal("400 Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3", failed.Reason);

        Assert.Equal(1, await bot.RunAsync("status"));
        Assert.Contains("1 failed, 0 unknown", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.RunAsync("post", "--week", Week));
        Assert.Equal(expected[1], bot.Api.Delivered[^1].Text);
        Assert.Equal(expected.Count, bot.Api.Delivered.Count);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, false)]
    public async Task Server_errors_leave_the_post_unknown_and_the_rest_goes_on(int status, bool json)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(2, json ? new FakeReply.ApiError(status, "Internal Server Error") : new FakeReply.Status(status, "<html><body>502 Bad Gateway</body></html>"));
        var expected = bot.ExpectedTexts(Week);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));

        Assert.Equal(expected.Count, bot.Api.Calls.Count);
        var unknown = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Sending);
        Assert.StartsWith($"{status} ", unknown.Reason, StringComparison.Ordinal);
        Assert.EndsWith("delivery unknown", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(expected.Count - 1, (await bot.LedgerAsync(Week)).Count(r => r.State == PostState.Sent));
    }

    [Fact]
    public async Task A_timeout_after_the_request_left_is_unknown_not_resent()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(2, new FakeReply.Late(TimeSpan.FromSeconds(5)));
        bot.ExtraSettings["Telegram:RequestTimeoutSeconds"] = "1";
        var expected = bot.ExpectedTexts(Week);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));
        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));

        Assert.Equal(expected, bot.Api.Calls.Select(m => m.Text)); // delivered once, never re-sent by a second run
        var unknown = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Sending);
        Assert.Equal("timed out waiting for Telegram: delivery unknown", unknown.Reason);
    }

    [Fact]
    public async Task Connection_refused_is_retried_with_back_off_then_the_channel_stops_with_nothing_marked_unknown()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.ExtraSettings["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{LoopbackPort.Closed()}";

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week));

        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("telegram unreachable", StringComparison.Ordinal)));
        Assert.Contains("stopped: not delivered: Connection refused", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.All(await bot.LedgerAsync(Week), row => Assert.Equal(PostState.Pending, row.State));
    }

    [Fact]
    public async Task The_token_never_appears_in_logs_or_output_whatever_fails()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.Api.On(1, FakeReply.TooManyRequests(2)).On(2, new FakeReply.Status(502, "Bad Gateway")).On(3, new FakeReply.ApiError(400, "Bad Request: x"));

        await bot.RunAsync("post", "--week", Week);
        bot.ExtraSettings["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{LoopbackPort.Closed()}";
        await bot.RunAsync("post", "--week", Week);

        var secret = FakeBotApi.Token.Split(':')[1];
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, bot.Output.ToString() + bot.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(await bot.LedgerAsync(), r => (r.Reason ?? "").Contains(secret, StringComparison.Ordinal));
    }
}
