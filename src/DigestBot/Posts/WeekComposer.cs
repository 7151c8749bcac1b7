using System.Globalization;
using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Posts;

/// <summary>
/// A week's posts for one platform: a header ("ML News 2020-W43 · 7 papers", naming the editor's picks when
/// some papers are picks; in the format's language), then one post per paper in digest order: headline (★ for a pick), one sentence, link.
/// </summary>
public static class WeekComposer
{
    public const string PickMark = "★ ";

    public static IReadOnlyList<Post> Compose(Digest digest, IPostFormat format) => Compose(digest, format, null);

    /// <summary>
    /// The week with only the papers <paramref name="include"/> keeps (a subscriber's topics), its header saying how
    /// many of the week's papers those are: "ML News 2020-W43 · 2 of 4 papers".
    /// </summary>
    public static IReadOnlyList<Post> Compose(Digest digest, IPostFormat format, Func<DigestEntry, bool>? include)
    {
        var all = Papers.Of(digest);
        var papers = include is null ? all : all.Where(include).ToList();
        var pickUrls = digest.Picks.Select(p => p.Url).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var picked = papers.Count(p => p.Url is not null && pickUrls.Contains(p.Url));
        var posts = new List<Post>(papers.Count + 1) { Header(digest, format, papers.Count, include is null ? null : all.Count, picked) };
        foreach (var paper in papers)
        {
            var isPick = paper.Url is not null && pickUrls.Contains(paper.Url);
            posts.Add(Paper(digest, format, paper, isPick));
        }

        return posts;
    }

    public static Post Paper(Digest digest, IPostFormat format, DigestEntry paper, bool isPick)
    {
        var headline = paper.Headline.Length > 0 ? paper.Headline : paper.Title ?? "";
        var parts = new PostParts((isPick ? PickMark : "") + headline, SentencePicker.Pick(paper.Summary), paper.Url);
        if (format.TakesWholeSummary && format.Measure(parts with { Sentence = paper.Summary }) <= format.Limit)
        {
            parts = parts with { Sentence = paper.Summary };
        }

        return Render(digest, format, Post.PaperKind, Shortener.Fit(parts, format), paper.Url);
    }

    private static Post Header(Digest digest, IPostFormat format, int papers, int? of, int picked)
    {
        var texts = BotTexts.Default.For(format.Language);
        var count = of is { } total ? texts.Format("HeaderOf", papers, total) : papers.ToString(CultureInfo.InvariantCulture);
        var text = texts.Format((of ?? papers) == 1 ? "HeaderPaper" : "HeaderPapers", digest.Label, count);
        if (picked > 0)
        {
            text += texts.Format(picked == 1 ? "HeaderPick" : "HeaderPicks", picked);
        }

        return Render(digest, format, Post.HeaderKind, Shortener.Fit(new PostParts(text, "", digest.Source), format), digest.Source);
    }

    private static Post Render(Digest digest, IPostFormat format, string kind, PostParts parts, string? url)
    {
        var (text, links) = format.Render(parts);
        return new Post(format.Channel, digest.Label, kind, text, url, format.Measure(parts), format.Limit, links);
    }
}
