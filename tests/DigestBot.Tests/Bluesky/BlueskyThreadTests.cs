using DigestBot.Bluesky;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Bluesky.PdsRig;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Bluesky;

/// <summary>`digestbot post --channel bluesky` through the real host and client against the reference PDS, read back with listRecords.</summary>
public sealed class BlueskyThreadTests
{
    [BlueskyPdsFact]
    public async Task A_week_is_posted_once_as_a_thread_with_link_facets_cards_and_langs()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));
        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        var posts = (await BlueskyPds.PostsAsync(account)).OrderBy(p => Position(bot, p)).ToList();
        Assert.Equal(Expected(bot), posts.Select(Text));
        Assert.Equal(posts.Count, proxy.Calls("com.atproto.repo.createRecord"));
        Assert.Equal(1, proxy.Calls("com.atproto.server.createSession"));
        var ledger = await bot.LedgerAsync(Week);
        var digest = DigestLookup.Find(DigestFolder.Load(bot.Digests).Select(p => p.Digest).ToList(), Week)!;
        Assert.Equal(posts.Select(p => $"{p["uri"]} {p["cid"]}"), ledger.Select(r => r.MessageId));
        Assert.Null(posts[0]["value"]!["reply"]);
        foreach (var (post, parent) in posts.Skip(1).Zip(posts))
        {
            Assert.Equal((posts[0]["uri"]!.ToString(), posts[0]["cid"]!.ToString()), Reply(post, "root"));
            Assert.Equal((parent["uri"]!.ToString(), parent["cid"]!.ToString()), Reply(post, "parent"));
        }

        foreach (var (post, row) in posts.Zip(ledger))
        {
            Assert.Equal(["zh"], post["value"]!["langs"]!.AsArray().Select(l => l!.ToString()));
            var facet = Assert.Single(post["value"]!["facets"]!.AsArray())!;
            var link = facet["features"]![0]!;
            Assert.Equal("app.bsky.richtext.facet#link", link["$type"]!.ToString());
            Assert.Equal(BlueskyFormat.Shown(link["uri"]!.ToString()), Slice(post, facet));
            Assert.EndsWith(Slice(post, facet), Text(post), StringComparison.Ordinal);
            var card = post["value"]!["embed"]!;
            Assert.Equal("app.bsky.embed.external", card["$type"]!.ToString());
            Assert.Equal(link["uri"]!.ToString(), card["external"]!["uri"]!.ToString());
            if (row.Entry != WeekPlan.HeaderEntry)
            {
                Assert.Equal(row.Entry, link["uri"]!.ToString());
                var paper = Papers.Of(digest).Single(p => p.Url == row.Entry);
                Assert.Equal(paper.Title ?? paper.Headline, card["external"]!["title"]!.ToString());
                Assert.Equal(SentencePicker.Pick(paper.Summary), card["external"]!["description"]!.ToString());
            }
        }
    }

    [BlueskyPdsFact]
    public async Task An_expired_access_token_is_refreshed_once_and_the_week_goes_on()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        proxy.On("com.atproto.repo.createRecord", 2, ProxyAct.ExpiredToken);

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        Assert.Equal(Expected(bot).Order(), (await BlueskyPds.PostsAsync(account)).Select(Text).Order());
        Assert.Equal(1, proxy.Calls("com.atproto.server.createSession"));
        Assert.Equal(1, proxy.Calls("com.atproto.server.refreshSession"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("session refreshed", StringComparison.Ordinal));
    }

    [BlueskyPdsFact]
    public async Task A_post_whose_answer_was_lost_is_found_by_its_key_at_the_next_run_and_not_sent_again()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        proxy.On("com.atproto.repo.createRecord", 3, new ProxyAct.PassOnThen502()); // landed, but the bot cannot know
        proxy.On("com.atproto.repo.createRecord", 4, new ProxyAct.Answer(503, "InternalServerError", "Service Unavailable")); // never landed

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));
        Assert.Equal(2, (await bot.LedgerAsync(Week)).Count(r => r.State == PostState.Sending));

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        Assert.Equal(2, proxy.Calls("com.atproto.repo.getRecord"));
        Assert.Equal(6, proxy.Calls("com.atproto.repo.createRecord")); // five posts, one of them twice: the one refused with 503
        var posts = await BlueskyPds.PostsAsync(account);
        Assert.Equal(Expected(bot).Order(), posts.Select(Text).Order());
        Assert.All(await bot.LedgerAsync(Week), r => Assert.Equal(PostState.Sent, r.State));
        Assert.Equal(0, await bot.RunAsync("status", "--week", Week));
    }

    [BlueskyPdsFact]
    public async Task Too_many_requests_waits_until_ratelimit_reset()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        proxy.On("com.atproto.repo.createRecord", 2, new ProxyAct.Answer(429, "RateLimitExceeded", "Rate Limit Exceeded", bot.Clock, TimeSpan.FromSeconds(120)));
        var start = bot.Clock.GetUtcNow();

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        Assert.Equal(Expected(bot).Count, (await BlueskyPds.PostsAsync(account)).Count);
        Assert.True(bot.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(119), $"done at {bot.Clock.GetUtcNow()}");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("bluesky rate-limited", StringComparison.Ordinal));
    }

    [BlueskyPdsFact]
    public async Task A_wrong_app_password_stops_the_channel_naming_the_settings_and_is_never_logged()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        bot.ExtraSettings["Bluesky:AppPassword"] = "not-the-app-password";

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        Assert.Empty(await BlueskyPds.PostsAsync(account));
        Assert.Equal(1, proxy.Calls("com.atproto.server.createSession"));
        Assert.Contains("stopped: Bluesky login refused (401 Invalid identifier or password): check Bluesky:Identifier and Bluesky:AppPassword",
            bot.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-app-password", bot.Output + bot.Error.ToString() + string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
    }

    [BlueskyPdsFact]
    public async Task Neither_the_app_password_nor_the_tokens_appear_in_the_logs()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        bot.ExtraSettings["Logging:LogLevel:Default"] = "Trace";
        proxy.On("com.atproto.repo.createRecord", 2, ProxyAct.ExpiredToken);

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        var everything = bot.Output + bot.Error.ToString() + string.Join("\n", bot.Logs.Lines);
        var tokens = proxy.Authorizations.Select(a => a["Bearer ".Length..]).Distinct().ToList();
        Assert.True(tokens.Count >= 2, $"{tokens.Count} tokens seen"); // access and refresh tokens (two access tokens made in one second are alike)
        Assert.All(tokens, token => Assert.DoesNotContain(token, everything, StringComparison.Ordinal));
        Assert.DoesNotContain(account.Password, everything, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.Contains(account.Did, StringComparison.Ordinal));
    }

    private static int Position(BotHarness bot, System.Text.Json.Nodes.JsonNode post) => Expected(bot).IndexOf(Text(post));
}
