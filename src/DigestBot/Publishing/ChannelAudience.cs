using DigestBot.Digests;
using Microsoft.Extensions.Logging;

namespace DigestBot.Publishing;

/// <summary>The configured channels as an audience of the schedule: the week is published to each, side by side.</summary>
public sealed partial class ChannelAudience(Channels channels, Publisher publisher, ILogger<ChannelAudience> logger) : IWeekAudience
{
    public Task DeliverAsync(Digest digest, CancellationToken cancellationToken) =>
        Task.WhenAll(channels.Configured.Select(channel => PublishAsync(digest, channel, cancellationToken)));

    private async Task PublishAsync(Digest digest, IChannel channel, CancellationToken cancellationToken)
    {
        var report = await publisher.PublishAsync(digest, channel, PublishMode.Scheduled, cancellationToken);
        if (report.Stop is { } stop)
        {
            LogChannelStopped(channel.Name, stop.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stopped posting to {Channel}: {Reason}")]
    private partial void LogChannelStopped(string channel, string reason);
}
