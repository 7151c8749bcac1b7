using DigestBot.Telegram;
using Telegram.Bot.Exceptions;

namespace DigestBot.Tests.Telegram;

/// <summary>The outbound queue on a fake clock: Telegram's limits kept exactly, answers first, a 429 stops every send.</summary>
public sealed class OutboxTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Messages_to_many_chats_leave_exactly_at_the_global_rate_never_faster()
    {
        await using var rig = new OutboxRig(new TelegramOptions { MessagesPerSecond = 25 });
        var sends = Enumerable.Range(1, 100).Select(chat => rig.Send(chat, SendPriority.Delivery)).ToList();

        await rig.RunUntilAsync(() => sends.All(s => s.IsCompleted), Step);

        var times = rig.Sent.Select(s => s.At).ToList();
        Assert.Equal(100, times.Count);
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.Equal(TimeSpan.FromMilliseconds(40), gap));
        Assert.Equal(100, rig.Outbox.Stats.Sent);
    }

    [Fact]
    public async Task One_private_chat_gets_one_message_per_chat_spacing_while_other_chats_go_on()
    {
        await using var rig = new OutboxRig(new TelegramOptions { ChatSpacingSeconds = 1.1 });
        var sends = new List<Task> { rig.Send(42, SendPriority.Answer), rig.Send(42, SendPriority.Answer), rig.Send(42, SendPriority.Answer), rig.Send(43, SendPriority.Answer) };

        await rig.RunUntilAsync(() => sends.All(s => s.IsCompleted), Step);

        var start = rig.Clock.Start;
        Assert.Equal([start, start.AddSeconds(1.1), start.AddSeconds(2.2)], rig.Sent.Where(s => s.Chat == "42").Select(s => s.At));
        Assert.Equal(start.AddMilliseconds(40), Assert.Single(rig.Sent, s => s.Chat == "43").At); // not behind chat 42
    }

    [Fact]
    public async Task A_group_or_channel_gets_at_most_twenty_messages_in_any_minute()
    {
        await using var rig = new OutboxRig(new TelegramOptions { ChannelMessagesPerMinute = 20, ChatSpacingSeconds = 1.1 });
        var sends = Enumerable.Range(0, 50).Select(i => rig.Send(i % 2 == 0 ? -1001234567890 : "@digestbot_test", SendPriority.ChannelPost)).ToList();

        await rig.RunUntilAsync(() => sends.All(s => s.IsCompleted), TimeSpan.FromMilliseconds(100));

        foreach (var chat in new[] { "-1001234567890", "@digestbot_test" })
        {
            var times = rig.Sent.Where(s => s.Chat == chat).Select(s => s.At).ToList();
            Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromSeconds(1.1), $"{gap} between two messages"));
            Assert.All(times, t => Assert.True(times.Count(u => u >= t && u < t.AddMinutes(1)) <= 20));
            Assert.Equal(times[0].AddMinutes(1), times[20]); // the 21st waits for the first to leave the minute, no longer
        }
    }

    [Fact]
    public async Task Answers_go_before_channel_posts_and_channel_posts_before_subscriber_deliveries()
    {
        await using var rig = new OutboxRig();
        await rig.WarmUpAsync();
        var deliveries = Enumerable.Range(1, 20).Select(chat => rig.Send(chat, SendPriority.Delivery)).ToList();
        var post = rig.Send("@digestbot_test", SendPriority.ChannelPost);
        var answer = rig.Send(5001, SendPriority.Answer);
        await rig.RunUntilAsync(() => rig.Sent.Count() == 5, Step);

        var late = rig.Send(5002, SendPriority.Answer); // in the middle of the broadcast: the next to go
        await rig.RunUntilAsync(() => deliveries.All(s => s.IsCompleted), Step);

        var order = rig.Sent.Select(s => s.Chat).ToList();
        Assert.Equal(["5001", "@digestbot_test", "1", "2", "3", "5002", "4"], order.Take(7));
        Assert.True(post.IsCompletedSuccessfully && answer.IsCompletedSuccessfully && late.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task After_a_429_no_request_leaves_before_retry_after_and_the_answer_is_sent_again()
    {
        await using var rig = new OutboxRig();
        await rig.WarmUpAsync();
        rig.TooManyRequestsOn(call: 1, retryAfter: 7);
        var sends = Enumerable.Range(1, 30).Select(chat => rig.Send(chat, chat == 5 ? SendPriority.Answer : SendPriority.Delivery)).ToList();

        await rig.RunUntilAsync(() => sends.All(s => s.IsCompleted), Step);

        var refused = Assert.Single(rig.Calls, c => c.Refused);
        Assert.Equal("5", refused.Chat); // the answer went first
        Assert.DoesNotContain(rig.Calls, c => c.At > refused.At && c.At < refused.At.AddSeconds(7));
        Assert.Equal(refused.At.AddSeconds(7), rig.Calls.Where(c => c.At > refused.At).Min(c => c.At));
        Assert.Equal(2, rig.Calls.Count(c => c.Chat == "5")); // the answer waited and went again
        Assert.All(sends, s => Assert.True(s.IsCompletedSuccessfully));
        Assert.Equal((31L, 1L), (rig.Outbox.Stats.Sent, rig.Outbox.Stats.RateLimited)); // with the warm-up
    }

    [Fact]
    public async Task A_delivery_refused_with_429_goes_back_to_its_sender_and_still_pauses_everything()
    {
        await using var rig = new OutboxRig();
        rig.TooManyRequestsOn(call: 2, retryAfter: 3);
        var sends = Enumerable.Range(1, 5).Select(chat => rig.Send(chat, SendPriority.Delivery)).ToList();

        await rig.RunUntilAsync(() => sends.All(s => s.IsCompleted), Step);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => sends[1]);
        Assert.Equal(429, error.ErrorCode); // the publisher keeps that post pending in its ledger and sends it again
        var second = rig.Calls.ElementAt(1).At;
        Assert.Equal(second.AddSeconds(3), rig.Calls.ElementAt(2).At);
    }

    [Fact]
    public async Task An_answer_that_waits_longer_than_the_timeout_is_dropped_on_time_and_counted()
    {
        await using var rig = new OutboxRig(answerTimeoutSeconds: 10);
        rig.TooManyRequestsOn(call: 1, retryAfter: 60);
        var first = rig.Send(1, SendPriority.Answer);
        var second = rig.Send(2, SendPriority.Answer);

        await rig.RunUntilAsync(() => first.IsCompleted && second.IsCompleted, Step);

        Assert.Equal(rig.Clock.Start.AddSeconds(10), rig.Clock.GetUtcNow()); // dropped at the deadline, not when the pause ends
        await Assert.ThrowsAsync<AnswerDroppedException>(() => first);
        await Assert.ThrowsAsync<AnswerDroppedException>(() => second);
        Assert.Single(rig.Calls);
        Assert.Equal(new OutboxStats(0, 0, 1, 2), rig.Outbox.Stats);
    }

    [Fact]
    public async Task With_paid_broadcast_paid_deliveries_go_at_the_paid_rate_and_other_messages_keep_to_the_free_one()
    {
        await using var rig = new OutboxRig(new TelegramOptions { PaidBroadcast = true, MessagesPerSecond = 100 });
        var paid = Enumerable.Range(1, 50).Select(chat => rig.Send(chat, SendPriority.Delivery, paid: true)).ToList();
        var free = Enumerable.Range(1001, 10).Select(chat => rig.Send(chat, SendPriority.Delivery)).ToList();

        await rig.RunUntilAsync(() => paid.Concat(free).All(s => s.IsCompleted), Step);

        var paidTimes = rig.Sent.Where(s => int.Parse(s.Chat, System.Globalization.CultureInfo.InvariantCulture) <= 50).Select(s => s.At).ToList();
        var freeTimes = rig.Sent.Where(s => int.Parse(s.Chat, System.Globalization.CultureInfo.InvariantCulture) > 1000).Select(s => s.At).ToList();
        Assert.Equal(TimeSpan.FromMilliseconds(490), paidTimes[^1] - paidTimes[0]); // 100 a second
        Assert.All(freeTimes.Zip(freeTimes.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(40))); // 25 a second
    }
}
