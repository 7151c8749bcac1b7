using DigestBot.Posts;

namespace DigestBot.Publishing;

/// <summary>A place posts go: the Telegram channel, the console, later X, Mastodon and Bluesky.</summary>
public interface IChannel
{
    /// <summary>The name used in the ledger and on the command line: telegram, console.</summary>
    string Name { get; }

    /// <summary>How posts for this channel are written and measured.</summary>
    IPostFormat Format { get; }

    /// <summary>Sends one post. Never throws for an API or network failure: the result says what happened.</summary>
    Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken);
}
