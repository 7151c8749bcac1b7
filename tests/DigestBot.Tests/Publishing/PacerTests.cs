using DigestBot.Publishing;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Publishing;

public sealed class PacerTests
{
    [Fact]
    public async Task Twenty_a_minute_lets_one_message_through_every_three_seconds()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new Pacer(clock);

        await pacer.WaitTurnAsync("telegram", 20, CancellationToken.None); // the first goes at once
        var second = pacer.WaitTurnAsync("telegram", 20, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        var third = pacer.WaitTurnAsync("telegram", 20, CancellationToken.None);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(3));
        await third;
    }

    [Fact]
    public async Task Channels_are_paced_separately_and_zero_means_unpaced()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new Pacer(clock);

        await pacer.WaitTurnAsync("telegram", 20, CancellationToken.None);
        await pacer.WaitTurnAsync("x", 20, CancellationToken.None);
        for (var i = 0; i < 100; i++)
        {
            await pacer.WaitTurnAsync("console", 0, CancellationToken.None);
        }

        Assert.False(pacer.WaitTurnAsync("telegram", 20, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task After_a_rate_limit_nothing_goes_before_retry_after()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new Pacer(clock);
        await pacer.WaitTurnAsync("telegram", 20, CancellationToken.None);

        pacer.Hold("telegram", TimeSpan.FromSeconds(30));
        var next = pacer.WaitTurnAsync("telegram", 20, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await next;
    }
}
