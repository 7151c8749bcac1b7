using DigestBot.Publishing;
using DigestBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Publishing;

/// <summary>The SQLite ledger, on a real file.</summary>
public sealed class LedgerTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"digestbot-ledger-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2020, 10, 19, 9, 0, 0, TimeSpan.Zero));

    private SqlPostLedger Ledger() => new(new StateDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_file}" })), _clock);

    private static readonly PlannedPost[] Week = [new("header", 0, "h"), new("https://arxiv.org/abs/1", 1, "p1"), new("https://arxiv.org/abs/2", 2, "p2")];

    [Fact]
    public async Task Planning_adds_pending_rows_once_and_never_touches_a_row_that_moved_on()
    {
        var ledger = Ledger();
        await ledger.PlanAsync("2020-W43", "telegram", Week, CancellationToken.None);
        var key = new PostKey("2020-W43", "header", "telegram");
        Assert.True(await ledger.MoveAsync(key, PostState.Pending, PostState.Sending, null, CancellationToken.None));
        await ledger.MarkSentAsync(key, "42", CancellationToken.None);

        var rows = await Ledger().PlanAsync("2020-W43", "telegram", [new("header", 0, "edited"), .. Week[1..]], CancellationToken.None);

        Assert.Equal([PostState.Sent, PostState.Pending, PostState.Pending], rows.Select(r => r.State));
        Assert.Equal(("h", "42"), (rows[0].Text, rows[0].MessageId));
        Assert.Equal(3, (await ledger.ListAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_ledger_made_before_never_retry_existed_gets_the_column_and_keeps_its_rows()
    {
        await using (var old = new SqliteConnection($"Data Source={_file}"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE posts (week TEXT NOT NULL, entry TEXT NOT NULL, channel TEXT NOT NULL, position INTEGER NOT NULL,
                    text TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
                    message_id TEXT NULL, reason TEXT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (week, entry, channel));
                INSERT INTO posts VALUES ('2020-W43', 'header', 'x', 0, 'h', 'failed', NULL, '400 too long', '2020-10-19T09:00:00.0000000+00:00');
                """;
            await create.ExecuteNonQueryAsync();
        }

        var ledger = Ledger();
        var rows = await ledger.PlanAsync("2020-W43", "x", Week, CancellationToken.None);
        var paper = new PostKey("2020-W43", "https://arxiv.org/abs/1", "x");
        await ledger.MoveAsync(paper, PostState.Pending, PostState.Failed, "403 duplicate content", CancellationToken.None, final: true);

        Assert.Equal((PostState.Failed, "400 too long", false), (rows[0].State, rows[0].Reason, rows[0].Final));
        var refused = (await Ledger().ListAsync("2020-W43", CancellationToken.None)).Single(r => r.Key == paper);
        Assert.Equal((PostState.Failed, true), (refused.State, refused.Final));
    }

    [Fact]
    public async Task A_move_succeeds_only_from_the_state_it_names()
    {
        var ledger = Ledger();
        await ledger.PlanAsync("2020-W43", "telegram", Week, CancellationToken.None);
        var key = new PostKey("2020-W43", "https://arxiv.org/abs/1", "telegram");

        Assert.True(await ledger.MoveAsync(key, PostState.Pending, PostState.Sending, null, CancellationToken.None));
        Assert.False(await ledger.MoveAsync(key, PostState.Pending, PostState.Sending, null, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await ledger.MoveAsync(key, PostState.Sending, PostState.Failed, "400 Bad Request: message is too long", CancellationToken.None));

        var row = (await ledger.ListAsync("2020-W43", CancellationToken.None)).Single(r => r.Entry == key.Entry);
        Assert.Equal((PostState.Failed, "400 Bad Request: message is too long"), (row.State, row.Reason));
        Assert.Equal(_clock.GetUtcNow(), row.UpdatedAt);
    }

    [Fact]
    public async Task Weeks_and_channels_are_kept_apart()
    {
        var ledger = Ledger();
        await ledger.PlanAsync("2020-W43", "telegram", Week, CancellationToken.None);
        await ledger.PlanAsync("2020-W43", "console", Week[..1], CancellationToken.None);
        await ledger.PlanAsync("2020-W44", "telegram", Week[..2], CancellationToken.None);

        Assert.Equal(4, (await ledger.ListAsync("2020-W43", CancellationToken.None)).Count);
        Assert.Equal(2, (await ledger.ListAsync("2020-W44", CancellationToken.None)).Count);
        Assert.Equal(6, (await ledger.ListAsync(null, CancellationToken.None)).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }
}
