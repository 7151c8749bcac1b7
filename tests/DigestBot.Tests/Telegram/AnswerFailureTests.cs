using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Telegram;

/// <summary>A command's answer when Telegram refuses it: 429s are waited out (up to the timeout), 403 and 400 end it at once.</summary>
public sealed class AnswerFailureTests
{
    private const long Reader = 6001;

    [Fact]
    public async Task An_answer_refused_with_429_again_and_again_waits_each_time_and_arrives_once()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        for (var call = 1; call <= 4; call++)
        {
            bot.Api.On(call, FakeReply.TooManyRequests(3));
        }

        using var host = await bot.StartChatAsync();
        bot.Api.Say(Reader, Reader, "/week 43");
        await bot.AdvanceUntilAsync(() => bot.Api.To(Reader).Count == 1, TimeSpan.FromMilliseconds(100));
        await host.StopAsync();

        var calls = bot.Api.Calls;
        Assert.Equal(5, calls.Count);
        Assert.All(calls.Zip(calls.Skip(1), (a, b) => b.ArrivedAt - a.ArrivedAt), gap => Assert.True(gap >= TimeSpan.FromSeconds(3), $"{gap} after a 429 of 3 s"));
        Assert.StartsWith("ML News 2020-W43", Assert.Single(bot.Api.To(Reader)).Visible, StringComparison.Ordinal);
        Assert.Equal(4, bot.Logs.Lines.Count(l => l.Contains("Telegram answered 429: every send waits 3 s", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_answer_still_waiting_after_the_timeout_is_dropped_with_a_warning()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        bot.ExtraSettings["Commands:AnswerTimeoutSeconds"] = "20";
        bot.Api.On(1, FakeReply.TooManyRequests(60));
        using var host = await bot.StartChatAsync();

        bot.Api.Say(Reader, Reader, "/week 43");
        await bot.LoggedAsync($"Dropped an answer to chat {Reader}: it waited ");
        var dropped = bot.Logs.Lines.Single(l => l.Contains("Dropped", StringComparison.Ordinal));
        var waited = int.Parse(Regex.Match(dropped, @"it waited (\d+) s in the outbound queue").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(waited, 20, 30); // at the deadline, or the clock's steps later on a loaded machine: never before
        var pauseOver = bot.Api.Calls[0].ArrivedAt.AddSeconds(60);
        bot.Clock.Advance(pauseOver > bot.Clock.GetUtcNow() ? pauseOver - bot.Clock.GetUtcNow() : TimeSpan.Zero);
        bot.Api.Say(Reader + 1, Reader + 1, "/latest"); // after the pause: answered at once
        await bot.AdvanceUntilAsync(() => bot.Api.To(Reader + 1).Count == 1);
        await host.StopAsync();

        Assert.Empty(bot.Api.To(Reader));
        Assert.Equal(2, bot.Api.Calls.Count);
        Assert.True(bot.Api.Calls[1].ArrivedAt - bot.Api.Calls[0].ArrivedAt >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task An_answer_to_a_chat_that_blocked_the_bot_ends_at_once_and_the_next_chat_is_answered()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        using var host = await bot.StartChatAsync();
        bot.Api.Say(Reader, Reader, "/help");
        bot.Api.Block(Reader);

        bot.Api.Say(Reader + 1, Reader + 1, "/latest");
        await bot.AdvanceUntilAsync(() => bot.Api.To(Reader + 1).Count == 1 && bot.Api.Calls.Any(c => c.ChatId == $"{Reader}"), TimeSpan.FromMilliseconds(100));
        await bot.LoggedAsync($"Could not answer chat {Reader}"); // the 403 reached the fake; the bot logs it on its answer
        await host.StopAsync();

        Assert.Single(bot.Api.Calls, c => c.ChatId == $"{Reader}");
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"Could not answer chat {Reader}", StringComparison.Ordinal) && l.Contains("403", StringComparison.Ordinal));
    }
}
