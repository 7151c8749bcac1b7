using DigestBot.Publishing;
using DigestBot.Subscribers;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Storage;

/// <summary>The ledger and the subscribers on PostgreSQL behave as on SQLite (Storage/LedgerTests, SubscriberTests).</summary>
public sealed class PostgresStoreTests
{
    private static readonly PlannedPost[] Week = [new("header", 0, "h"), new("https://arxiv.org/abs/1", 1, "p1"), new("https://arxiv.org/abs/2", 2, "p2")];
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2020, 10, 19, 9, 0, 0, TimeSpan.Zero));

    [PostgresFact]
    public async Task The_ledger_plans_once_moves_only_from_the_named_state_and_counts_sent_posts_by_time()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var state = database.OpenState();
        var ledger = new SqlPostLedger(state, _clock);
        var header = new PostKey("2020-W43", "header", "telegram");

        await ledger.PlanAsync("2020-W43", "telegram", Week, CancellationToken.None);
        Assert.True(await ledger.MoveAsync(header, PostState.Pending, PostState.Sending, null, CancellationToken.None));
        Assert.False(await ledger.MoveAsync(header, PostState.Pending, PostState.Sending, null, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.MarkSentAsync(header, "42", CancellationToken.None);
        var paper = new PostKey("2020-W43", "https://arxiv.org/abs/1", "telegram");
        Assert.True(await ledger.MoveAsync(paper, PostState.Pending, PostState.Failed, "400 Bad Request: message is too long", CancellationToken.None));

        // Planned again (a restart, an edited digest): a row that moved on keeps its text and state.
        await using var restarted = database.OpenState();
        var rows = await new SqlPostLedger(restarted, _clock).PlanAsync("2020-W43", "telegram", [new("header", 0, "edited"), .. Week[1..]], CancellationToken.None);
        Assert.Equal([PostState.Sent, PostState.Failed, PostState.Pending], rows.Select(r => r.State));
        Assert.Equal(("h", "42", _clock.GetUtcNow()), (rows[0].Text, rows[0].MessageId, rows[0].UpdatedAt));
        Assert.Equal("400 Bad Request: message is too long", rows[1].Reason);

        Assert.Equal([_clock.GetUtcNow()], await ledger.SentSinceAsync("telegram", _clock.GetUtcNow().AddHours(-24), CancellationToken.None));
        Assert.Empty(await ledger.SentSinceAsync("telegram", _clock.GetUtcNow().AddSeconds(1), CancellationToken.None));
        Assert.Empty(await ledger.SentSinceAsync("x", _clock.GetUtcNow().AddHours(-24), CancellationToken.None));
        Assert.Equal(3, (await ledger.ListAsync(null, CancellationToken.None)).Count);
    }

    [PostgresFact]
    public async Task Subscribers_are_added_once_removed_and_moved_with_their_id()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var state = database.OpenState();
        var store = new SqlSubscriberStore(state, _clock);

        Assert.True(await store.AddAsync(-100, CancellationToken.None));
        Assert.False(await store.AddAsync(-100, CancellationToken.None));
        Assert.True(await store.AddAsync(7, CancellationToken.None));
        Assert.True(await store.AddAsync(8, CancellationToken.None));
        var before = await store.ListAsync(CancellationToken.None);

        await store.MoveAsync(-100, -1001234, CancellationToken.None); // a group became a supergroup
        await store.MoveAsync(7, 8, CancellationToken.None); // 8 is subscribed already: nothing moves
        Assert.True(await store.RemoveAsync(8, CancellationToken.None));
        Assert.False(await store.RemoveAsync(8, CancellationToken.None));

        var after = await store.ListAsync(CancellationToken.None);
        Assert.Equal([new Subscriber(before[0].Id, -1001234), new Subscriber(before[1].Id, 7)], after);
    }

    [PostgresFact]
    public async Task Topics_are_added_within_the_limit_follow_a_moved_group_and_go_with_the_subscriber()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var state = database.OpenState();
        var subscribers = new SqlSubscriberStore(state, _clock);
        var topics = new SqlTopicStore(state, _clock);

        Assert.Null(await topics.OfAsync(-100, CancellationToken.None));
        var first = await topics.AddAsync(-100, ["gan", "diffusion"], 3, CancellationToken.None);
        Assert.Equal((true, false), (first.NewSubscriber, first.Refused));
        Assert.Equal(["diffusion", "gan"], first.Topics);
        Assert.Equal(["diffusion", "gan", "扩散"], (await topics.AddAsync(-100, ["gan", "扩散"], 3, CancellationToken.None)).Topics);
        var refused = await topics.AddAsync(-100, ["vit"], 3, CancellationToken.None);
        Assert.Equal((false, true), (refused.NewSubscriber, refused.Refused));
        Assert.True(await subscribers.AddAsync(7, CancellationToken.None));
        Assert.Equal([], await topics.OfAsync(7, CancellationToken.None));

        await subscribers.MoveAsync(-100, -1001234, CancellationToken.None);
        Assert.Equal(["diffusion", "gan", "扩散"], await topics.OfAsync(-1001234, CancellationToken.None));
        Assert.Equal(["扩散"], await topics.RemoveAsync(-1001234, ["gan", "diffusion", "vit"], CancellationToken.None));
        Assert.Null(await topics.RemoveAsync(-100, ["gan"], CancellationToken.None));
        var all = await topics.ListAsync(CancellationToken.None);
        var group = (await subscribers.ListAsync(CancellationToken.None))[0];
        Assert.Equal([group.Id], all.Keys);
        Assert.Equal(["扩散"], all[group.Id]);

        Assert.True(await subscribers.RemoveAsync(-1001234, CancellationToken.None));
        Assert.Empty(await topics.ListAsync(CancellationToken.None));
        Assert.Equal(0, await topics.ClearAsync(7, CancellationToken.None));
    }
}
