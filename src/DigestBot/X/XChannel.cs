using DigestBot.Posts;
using DigestBot.Publishing;
using Microsoft.Extensions.Options;

namespace DigestBot.X;

/// <summary>
/// X as a channel: a week is a thread (the header, then each paper replying to the post before it). At most
/// X:MaxPostsPerDay posts in any 24 hours, counted from the ledger so a restart does not reset the count.
/// </summary>
public sealed class XChannel(XClient client, IPostLedger ledger, IOptions<XOptions> options, TimeProvider time) : IChannel
{
    public string Name => XFormat.Name;

    public IPostFormat Format { get; } = new XFormat();

    public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = await ledger.SentSinceAsync(Name, now.AddDays(-1), cancellationToken);
        if (sent.Count >= options.Value.MaxPostsPerDay)
        {
            var freed = sent[sent.Count - options.Value.MaxPostsPerDay].AddDays(1);
            return new SendResult.RateLimited(freed - now, $"X:MaxPostsPerDay ({options.Value.MaxPostsPerDay}) reached; next post at {freed:u}");
        }

        return await client.PostAsync(post.Text, post.Previous, cancellationToken);
    }
}
