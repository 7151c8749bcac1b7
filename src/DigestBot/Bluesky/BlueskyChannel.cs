using DigestBot.Posts;
using DigestBot.Publishing;
using Microsoft.Extensions.Options;

namespace DigestBot.Bluesky;

/// <summary>
/// Bluesky as a channel: a week is a thread (the header, then each paper replying to the post before it, all with
/// the header as root). Each post's record key comes from its ledger key (<see cref="RecordKey"/>), so a post whose
/// delivery was unknown is looked up by that key at the next run: found, it is sent; not found, it is sent again.
/// </summary>
public sealed class BlueskyChannel(BlueskyClient client, PostCards cards, IOptions<BlueskyOptions> options, TimeProvider time) : IChannel, IChecksUnknownPosts
{
    public string Name => BlueskyFormat.Name;

    public IPostFormat Format { get; } = new BlueskyFormat();

    public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
    {
        var record = PostRecord.Build(post.Text, cards.UrlOf(post.Key), cards.For(post.Key), options.Value.Language,
            StrongRef.Parse(post.First), StrongRef.Parse(post.Previous), time.GetUtcNow());
        return BlueskyResults.OfSend(await client.CreateRecordAsync(RecordKey.For(post.Key), record, cancellationToken), time);
    }

    public async Task<UnknownPost> CheckAsync(LedgerPost post, CancellationToken cancellationToken) =>
        BlueskyResults.OfCheck(await client.GetRecordAsync(RecordKey.For(post.Key), cancellationToken));
}
