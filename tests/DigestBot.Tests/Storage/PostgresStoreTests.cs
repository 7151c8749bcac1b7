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
}
