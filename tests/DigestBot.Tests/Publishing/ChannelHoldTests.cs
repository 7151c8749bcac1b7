using DigestBot.Publishing;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Publishing;

public sealed class ChannelHoldTests
{
    [Fact]
    public async Task After_a_rate_limit_nothing_goes_to_that_channel_before_the_wait_is_over_and_other_channels_go_on()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var hold = new ChannelHold(clock);
        await hold.WaitAsync("x", CancellationToken.None); // no hold: at once

        hold.Hold("x", TimeSpan.FromSeconds(30));
        hold.Hold("x", TimeSpan.FromSeconds(10)); // a shorter hold never shortens a longer one
        var next = hold.WaitAsync("x", CancellationToken.None);
        await hold.WaitAsync("telegram", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await next;
    }
}
