using System.Security.Cryptography;
using System.Text;
using DigestBot.Posts;
using DigestBot.Publishing;

namespace DigestBot.Mastodon;

/// <summary>
/// Mastodon as a channel: a week is a thread (the header, then each paper replying to the post before it). Each
/// post carries an Idempotency-Key made from its ledger key, so within Mastodon's one-hour window a post of unknown
/// delivery is sent again safely: an instance that already has it answers with the first status, not a new one.
/// </summary>
public sealed class MastodonChannel(MastodonClient client, MastodonInstance instance, TimeProvider time) : IChannel, IChecksUnknownPosts
{
    /// <summary>How long Mastodon remembers an Idempotency-Key (it keeps them for an hour).</summary>
    public static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(1);

    public string Name => MastodonFormat.Name;

    public IPostFormat Format => instance.Format;

    public Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken) =>
        client.PostAsync(post.Text, post.Previous, IdempotencyKey(post.Key), cancellationToken);

    /// <summary>Sent again while the instance still remembers the key (counted from the last attempt), else reported.</summary>
    public Task<UnknownPost> CheckAsync(LedgerPost post, CancellationToken cancellationToken) =>
        Task.FromResult<UnknownPost>(time.GetUtcNow() - post.UpdatedAt < IdempotencyWindow
            ? new UnknownPost.SendAgain()
            : new UnknownPost.StillUnknown(
                $"{post.Reason ?? "delivery unknown"}; last tried {post.UpdatedAt:u}, past Mastodon's one-hour idempotency window: check the account before re-sending"));

    /// <summary>The same for every attempt at one post (week, entry, channel), and nothing else: a hash, so no link reaches a header.</summary>
    public static string IdempotencyKey(PostKey key) =>
        "digestbot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Week}\n{key.Entry}\n{key.Channel}")));
}
