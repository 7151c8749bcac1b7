using System.Collections.Concurrent;
using DigestBot.Digests;
using DigestBot.Operations;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Tests.Publishing;

/// <summary>Claiming posts in the PostgreSQL ledger from many instances at once (each with its own connection pool).</summary>
public sealed class ClaimTests
{
    [PostgresFact]
    public async Task Eight_concurrent_claimers_of_the_same_posts_claim_each_post_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var posts = Enumerable.Range(0, 200).Select(i => new PlannedPost($"https://arxiv.org/abs/2010.{i:00000}", i, $"post {i}")).ToList();
        var claims = new ConcurrentQueue<(int Claimer, string Entry)>();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claimers = Enumerable.Range(0, 8).Select(claimer => Task.Run(async () =>
        {
            await using var state = database.OpenState(); // a fresh database: the eight also race to create the tables
            var ledger = new SqlPostLedger(state, TimeProvider.System);
            await go.Task;
            var rows = await ledger.PlanAsync("2020-W43", "telegram", posts, CancellationToken.None);
            foreach (var row in rows.OrderBy(_ => Random.Shared.Next())) // each claimer in its own order: most contention
            {
                if (await ledger.MoveAsync(row.Key, PostState.Pending, PostState.Sending, null, CancellationToken.None))
                {
                    claims.Enqueue((claimer, row.Entry));
                }
            }
        })).ToList();
        go.SetResult();
        await Task.WhenAll(claimers);

        Assert.Equal(posts.Select(p => p.Entry).Order(), claims.Select(c => c.Entry).Order()); // every post, each once
        await using var check = database.OpenState();
        var ledgerRows = await new SqlPostLedger(check, TimeProvider.System).ListAsync("2020-W43", CancellationToken.None);
        Assert.Equal(posts.Count, ledgerRows.Count);
        Assert.All(ledgerRows, row => Assert.Equal(PostState.Sending, row.State));
    }

    [PostgresFact]
    public async Task Eight_publishers_of_one_week_at_once_send_each_post_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var digest = DigestFolder.Load(RepoPaths.SampleDigests).Select(p => p.Digest).First(d => d.Label == "2020-W43");
        var channel = new CountingChannel();

        var runs = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var state = database.OpenState();
            var publisher = new Publisher(new SqlPostLedger(state, TimeProvider.System), new ChannelHold(TimeProvider.System), TimeProvider.System, new BotMetrics(new TestMeterFactory()), new PlatformAuth(), NullLogger<Publisher>.Instance);
            return await publisher.PublishAsync(digest, channel, PublishMode.Scheduled, CancellationToken.None);
        })).ToList();
        var reports = await Task.WhenAll(runs);

        var expected = WeekPlan.For(digest, channel.Format).Select(p => p.Text).ToList();
        Assert.Equal(expected.Order(), channel.Sent.Order());
        Assert.Equal(expected.Count, reports.Sum(r => r.SentNow));
    }

    private sealed class CountingChannel : IChannel
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        public string Name => "counting";

        public IPostFormat Format { get; } = new ConsoleFormat();

        public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Sent.Enqueue(post.Text);
            return new SendResult.Sent($"{Sent.Count}");
        }
    }
}
