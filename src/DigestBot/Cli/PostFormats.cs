using DigestBot.Bluesky;
using DigestBot.Mastodon;
using DigestBot.Posts;
using DigestBot.X;

namespace DigestBot.Cli;

/// <summary>The platforms a week is posted to, by channel name.</summary>
public static class PostFormats
{
    public static IReadOnlyList<IPostFormat> All { get; } = [new TelegramFormat(), new XFormat(), new MastodonFormat(), new BlueskyFormat()];

    public static IPostFormat? Find(string channel) =>
        All.FirstOrDefault(f => f.Channel.Equals(channel, StringComparison.OrdinalIgnoreCase));
}
