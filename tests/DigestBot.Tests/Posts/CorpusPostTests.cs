using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Cli;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.X;

namespace DigestBot.Tests.Posts;

/// <summary>Every entry of every corpus digest, on every platform, recounted from the final text by the platform's rule.</summary>
public sealed partial class CorpusPostTests
{
    private static readonly IReadOnlyList<Digest> Corpus = DigestFolder.Load(RepoPaths.Corpus).Select(p => p.Digest).ToList();

    [Fact]
    public void Every_entry_fits_every_platform_with_its_link_and_a_whole_sentence_or_clause()
    {
        var checkedPosts = 0;
        foreach (var digest in Corpus)
        {
            foreach (var entry in digest.Entries.Where(e => e.Url is not null))
            {
                foreach (var format in PostFormats.All)
                {
                    var sentence = SentencePicker.Pick(entry.Summary);
                    var fitted = Shortener.Fit(new PostParts(entry.Headline, sentence, entry.Url), format);
                    var post = WeekComposer.Paper(digest, format, entry, isPick: false);

                    AssertWithinLimit(post);
                    AssertCarriesLink(post, entry.Url!);
                    Assert.True(fitted.Sentence == sentence || IsClauseWithEllipsis(fitted.Sentence, sentence),
                        $"{digest.File} {format.Channel}: \"{fitted.Sentence}\" is neither the sentence nor one of its clauses");
                    checkedPosts++;
                }
            }
        }

        Assert.True(checkedPosts > 300 * PostFormats.All.Count, $"only {checkedPosts} posts checked");
    }

    [Fact]
    public void Preview_of_every_corpus_week_on_every_channel_has_no_post_over_its_limit()
    {
        foreach (var spec in DigestLookup.Available(Corpus))
        {
            var digest = DigestLookup.Find(Corpus, spec)!;
            foreach (var format in PostFormats.All)
            {
                var posts = WeekComposer.Compose(digest, format);
                Assert.Equal(Papers.Of(digest).Count + 1, posts.Count);
                Assert.All(posts, AssertWithinLimit);
            }
        }
    }

    [Fact]
    public void Featured_papers_are_posted_and_articles_are_not()
    {
        var issue18 = Corpus.Single(d => d.Issue == 18);
        var papers = Papers.Of(issue18);

        Assert.Contains(papers, p => p.Section == Section.Featured && p.Url == "https://arxiv.org/abs/2103.14586");
        Assert.DoesNotContain(papers, p => p.Section is Section.Articles or Section.UseCases or Section.Other);
        Assert.Equal(issue18.Count(Section.Papers) + 2, papers.Count);
    }

    /// <summary>The length by the platform's own rule, from the text as sent.</summary>
    internal static void AssertWithinLimit(Post post)
    {
        var length = post.Channel switch
        {
            "telegram" => WebUtility.HtmlDecode(Tags().Replace(post.Text, "")).Length,
            "x" => XWeightedLength.Count(post.Text),
            "mastodon" => MastodonLength(post.Text),
            _ => new StringInfo(post.Text).LengthInTextElements,
        };

        Assert.True(length <= post.Limit, $"{post.Channel} post of {length} over {post.Limit}: {post.Text}");
        Assert.Equal(length, post.Length);
    }

    private static void AssertCarriesLink(Post post, string url)
    {
        switch (post.Channel)
        {
            case "telegram":
                Assert.Contains($"href=\"{TelegramFormat.Escape(url)}\"", post.Text, StringComparison.Ordinal);
                break;
            case "bluesky":
                Assert.Equal(url, Assert.Single(post.Links).Uri);
                break;
            default:
                Assert.EndsWith("\n" + url, post.Text, StringComparison.Ordinal);
                break;
        }
    }

    private static bool IsClauseWithEllipsis(string fitted, string sentence) =>
        fitted.EndsWith(Shortener.Ellipsis, StringComparison.Ordinal) && Shortener.Clauses(sentence).Contains(fitted[..^1]);

    private static int MastodonLength(string text)
    {
        var withoutUrls = Urls().Replace(text, new string('x', 23));
        return withoutUrls.EnumerateRunes().Count();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Urls();
}
