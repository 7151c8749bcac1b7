using DigestBot.Mastodon;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Mastodon;

/// <summary>`digestbot post --channel mastodon` through the real host and MastodonClient against the fake Mastodon.</summary>
public sealed class MastodonPostingTests
{
    private const string Week = "2020-W43";

    [Fact]
    public async Task A_week_is_posted_once_as_an_unlisted_chinese_thread_with_one_idempotency_key_per_post()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));
        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        var thread = mastodon.Statuses;
        Assert.Equal(MastodonWeek.Texts(bot, Week, new MastodonFormat()), thread.Select(s => s.Text));
        Assert.Null(thread[0].InReplyTo);
        Assert.All(thread.Skip(1).Zip(thread), pair => Assert.Equal(pair.Second.Id, pair.First.InReplyTo));
        Assert.All(thread, s => Assert.Equal(("unlisted", "zh"), (s.Visibility, s.Language)));
        var rows = await bot.LedgerAsync(Week);
        Assert.Equal(rows.Select(r => MastodonChannel.IdempotencyKey(r.Key)), thread.Select(s => s.IdempotencyKey));
        Assert.Equal(thread.Count, thread.Select(s => s.IdempotencyKey).Distinct().Count());
        Assert.Equal(rows.Select(r => r.MessageId), thread.Select(s => s.Id));
        Assert.Equal(thread.Count, mastodon.Calls);
        Assert.Contains("2020-W43 → mastodon: 0 sent now, 5 already sent", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeMastodonApi.Token, bot.Output.ToString() + bot.Error + string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5000, false)]
    [InlineData(500, true)]
    public async Task The_instance_limit_decides_whether_a_long_summary_is_shortened(int maxCharacters, bool shortened)
    {
        var sentence = "作者提出一种新的训练方法" + string.Concat(Enumerable.Repeat("，它在每一个基准上都比以前的方法更快也更准确", 30)) + "。";
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0), MastodonWeek.OnePaper(sentence));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);
        mastodon.MaxCharacters = maxCharacters;
        mastodon.CharactersReservedPerUrl = null; // absent: Mastodon's 23

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        var paper = mastodon.Statuses[1].Text;
        Assert.Equal(!shortened, paper.Contains(sentence, StringComparison.Ordinal));
        Assert.Equal(shortened, paper.Contains(DigestBot.Posts.Shortener.Ellipsis, StringComparison.Ordinal));
        Assert.InRange(mastodon.Length(paper), shortened ? 400 : 501, shortened ? 500 : maxCharacters);
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"posts of up to {maxCharacters} characters, a link counting 23", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5000, true)]
    [InlineData(500, false)]
    public async Task An_instance_that_allows_long_posts_gets_the_whole_summary_others_one_sentence(int maxCharacters, bool whole)
    {
        const string First = "作者提出一种新的训练方法，在三个基准上都更快。";
        const string Second = "代码已经公开，作者还比较了五种常见的替代方案。";
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0), MastodonWeek.OnePaper(First + Second));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);
        mastodon.MaxCharacters = maxCharacters;

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        var paper = mastodon.Statuses[1].Text;
        Assert.Contains(First, paper, StringComparison.Ordinal);
        Assert.Equal(whole, paper.Contains(Second, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_requests_waits_until_the_rate_limit_resets()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);
        mastodon.On(2, new FakeReply.ApiError(429, "Too many requests", RetryAfter: 120));

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        var thread = mastodon.Statuses;
        Assert.Equal(MastodonWeek.Texts(bot, Week, new MastodonFormat()), thread.Select(s => s.Text));
        Assert.True(thread[1].CreatedAt - thread[0].CreatedAt >= TimeSpan.FromSeconds(119), $"retried at {thread[1].CreatedAt}");
        Assert.Equal(mastodon.IdempotencyKeys[1], mastodon.IdempotencyKeys[2]); // the retry is the same post
    }

    [Fact]
    public async Task A_post_the_instance_refuses_fails_with_its_words_and_the_rest_goes_on()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);
        mastodon.On(3, new FakeReply.Status(422, """{"error":"Validation failed: Text character limit of 500 exceeded"}"""));

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        var thread = mastodon.Statuses;
        Assert.Equal(4, thread.Count);
        Assert.Equal(thread[1].Id, thread[2].InReplyTo); // the post after the refused one replies to the one before it
        var failed = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Failed);
        Assert.Equal("422 Validation failed: Text character limit of 500 exceeded", failed.Reason);
    }

    [Fact]
    public async Task A_wrong_token_stops_the_channel_naming_the_settings_and_is_never_shown()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await MastodonWeek.StartMastodonAsync(bot);
        bot.ExtraSettings["Mastodon:AccessToken"] = "not-the-token-4242";

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        Assert.Empty(mastodon.Statuses);
        Assert.Equal(1, mastodon.Calls);
        Assert.Contains("stopped: 401 The access token is invalid: check Mastodon:AccessToken (an application's token with the write:statuses scope) and Mastodon:InstanceUrl",
            bot.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token-4242", bot.Output.ToString() + bot.Error + string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mastodon:InstanceUrl", "https://mastodon.example", "digestbot post: Mastodon:AccessToken missing: Mastodon needs both Mastodon:InstanceUrl and Mastodon:AccessToken.")]
    [InlineData("Mastodon:AccessToken", "secret-token-77", "digestbot post: Mastodon:InstanceUrl missing: Mastodon needs both Mastodon:InstanceUrl and Mastodon:AccessToken.")]
    [InlineData("Mastodon:Visibility", "direct", "digestbot post: Mastodon:Visibility \"direct\" must be public, unlisted or private.")]
    public async Task A_bad_setting_is_one_line_naming_it(string key, string value, string expected)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.ExtraSettings[key] = value;

        Assert.Equal(2, await bot.RunAsync("post", "--week", Week));

        Assert.Equal(expected, bot.Error.ToString().Trim());
        Assert.DoesNotContain("secret-token-77", bot.Output.ToString() + bot.Error, StringComparison.Ordinal);
    }

}
