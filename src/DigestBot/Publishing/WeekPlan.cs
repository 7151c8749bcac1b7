using DigestBot.Digests;
using DigestBot.Posts;

namespace DigestBot.Publishing;

/// <summary>
/// A digest's posts for one channel, each with the identity the ledger keeps it under: "header" for the week's
/// header, else the paper's canonical link (a link met twice gets "#2"), so editing or re-ordering the digest
/// file never makes a sent paper look new.
/// </summary>
public static class WeekPlan
{
    public const string HeaderEntry = "header";

    public static IReadOnlyList<PlannedPost> For(Digest digest, IPostFormat format)
    {
        var posts = WeekComposer.Compose(digest, format);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedPost>(posts.Count);
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            var entry = post.Kind == Post.HeaderKind ? HeaderEntry : post.Url ?? $"entry-{i}";
            var count = seen[entry] = seen.GetValueOrDefault(entry) + 1;
            planned.Add(new PlannedPost(count == 1 ? entry : $"{entry}#{count}", i, post.Text));
        }

        return planned;
    }
}
