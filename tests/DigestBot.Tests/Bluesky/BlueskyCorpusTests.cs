using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DigestBot.Bluesky;
using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Bluesky;

/// <summary>Every post of every corpus digest, as the channel builds it, created on the reference PDS and read back.</summary>
public sealed class BlueskyCorpusTests
{
    [BlueskyPdsFact]
    public async Task Every_corpus_weeks_posts_are_accepted_by_the_pds_with_their_facets_on_the_link()
    {
        var account = await BlueskyPds.CreateAccountAsync();
        var options = Options.Create(new BlueskyOptions { ServiceUrl = account.Url, Identifier = account.Did, AppPassword = account.Password });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var client = new BlueskyClient(new Xrpc(http, options), options, new BlueskySession(), NullLogger<BlueskyClient>.Instance);
        var library = new DigestLibrary(Options.Create(new DigestsOptions { Path = RepoPaths.Corpus }), NullLogger<DigestLibrary>.Instance);
        var cards = new PostCards(library);
        var format = new BlueskyFormat();
        var created = new Dictionary<string, string>();
        foreach (var digest in library.Load().Where(d => d.Kind is not null).DistinctBy(d => d.Label))
        {
            foreach (var planned in WeekPlan.For(digest, format))
            {
                var key = new PostKey(digest.Label, planned.Entry, format.Channel);
                var record = PostRecord.Build(planned.Text, cards.UrlOf(key), cards.For(key), "zh", null, null, DateTimeOffset.UtcNow);
                var reply = await client.CreateRecordAsync(RecordKey.For(key), record, CancellationToken.None);
                var answer = Assert.IsType<XrpcReply.Answer>(reply);
                Assert.True(answer.Ok, $"{digest.File} {planned.Entry}: {answer.Status} {answer.Error} {answer.Message}");
                created[answer.Body!["uri"]!.ToString()] = planned.Entry;
            }
        }

        Assert.True(created.Count > 200, $"only {created.Count} posts"); // the headers and papers of 27 digests
        var read = 0;
        await foreach (var post in AllPostsAsync(account))
        {
            var facet = Assert.Single(post["value"]!["facets"]!.AsArray())!;
            var link = facet["features"]![0]!["uri"]!.ToString();
            Assert.Equal(BlueskyFormat.Shown(link), PdsRig.Slice(post, facet));
            read++;
        }

        Assert.Equal(created.Count, read);
    }

    private static async IAsyncEnumerable<JsonNode> AllPostsAsync(PdsAccount account)
    {
        using var http = new HttpClient();
        string? cursor = null;
        do
        {
            var url = $"{account.Url}/xrpc/com.atproto.repo.listRecords?repo={account.Did}&collection=app.bsky.feed.post&limit=100{(cursor is null ? "" : $"&cursor={cursor}")}";
            var page = (await http.GetFromJsonAsync<JsonNode>(url))!;
            foreach (var record in page["records"]!.AsArray())
            {
                yield return record!;
            }

            cursor = page["records"]!.AsArray().Count == 0 ? null : page["cursor"]?.ToString();
        }
        while (cursor is not null);
    }
}
