using System.Collections.Concurrent;
using DigestBot.Digests;
using DigestBot.Operations;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Storage;
using DigestBot.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Publishing;

public sealed class PublisherTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"digestbot-publisher-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Two_runs_of_the_same_week_at_once_send_each_post_exactly_once()
    {
        var digest = DigestFolder.Load(RepoPaths.SampleDigests).Select(p => p.Digest).First(d => d.Label == "2020-W43");
        var channel = new RecordingChannel();

        // The first run is held inside its first send while a second run of the same week goes all the way.
        var first = Publisher().PublishAsync(digest, channel, PublishMode.Scheduled, CancellationToken.None);
        var second = await Publisher().PublishAsync(digest, channel, PublishMode.Scheduled, CancellationToken.None);
        channel.Gate.SetResult();
        var firstReport = await first;

        var expected = WeekPlan.For(digest, channel.Format).Select(p => p.Text).ToList();
        Assert.Equal(expected.Order(), channel.Sent.Order());
        Assert.Equal((1, expected.Count - 1), (firstReport.SentNow, second.SentNow));
        Assert.Single(second.Unknown); // the post the first run was sending, as the second saw it
    }

    private Publisher Publisher()
    {
        var ledger = new SqlPostLedger(new StateDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_file}" })), TimeProvider.System);
        return new Publisher(ledger, new ChannelHold(TimeProvider.System), TimeProvider.System, new BotMetrics(new TestMeterFactory()), new PlatformAuth(), NullLogger<Publisher>.Instance);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>A channel that records what it was asked to send; its first send waits for the gate.</summary>
    [Fact]
    public async Task A_channel_that_can_check_resolves_unknown_posts_before_sending_and_threads_on_the_ledger_ids()
    {
        var digest = DigestFolder.Load(RepoPaths.SampleDigests).Select(p => p.Digest).First(d => d.Label == "2020-W43");
        var channel = new CheckingChannel();
        var ledger = new SqlPostLedger(new StateDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_file}" })), TimeProvider.System);
        var rows = await ledger.PlanAsync(digest.Label, channel.Name, WeekPlan.For(digest, channel.Format), CancellationToken.None);
        foreach (var row in rows.Take(3)) // a crash left the first three "sending"
        {
            await ledger.MoveAsync(row.Key, PostState.Pending, PostState.Sending, null, CancellationToken.None);
        }

        channel.Answers[rows[0].Entry] = new UnknownPost.Landed("id-header");
        channel.Answers[rows[1].Entry] = new UnknownPost.SendAgain();
        channel.Answers[rows[2].Entry] = new UnknownPost.StillUnknown("the idempotency window has passed");

        var report = await Publisher().PublishAsync(digest, channel, PublishMode.Scheduled, CancellationToken.None);

        Assert.Equal((1, 3, 1), (report.AlreadySent, report.SentNow, report.Unknown.Count));
        Assert.Equal("the idempotency window has passed", report.Unknown[0].Reason);
        Assert.Equal([rows[1].Entry, rows[3].Entry, rows[4].Entry], channel.Sent.Select(p => p.Key.Entry));
        Assert.All(channel.Sent, p => Assert.Equal("id-header", p.First)); // the thread's root, from the ledger
        Assert.Equal(["id-header", $"id-{rows[1].Entry}", $"id-{rows[3].Entry}"], channel.Sent.Select(p => p.Previous));
    }

    /// <summary>Answers its unknown posts as told, and sends everything else.</summary>
    private sealed class CheckingChannel : IChannel, IChecksUnknownPosts
    {
        public Dictionary<string, UnknownPost> Answers { get; } = [];

        public List<OutgoingPost> Sent { get; } = [];

        public string Name => "checking";

        public IPostFormat Format { get; } = new ConsoleFormat();

        public Task<UnknownPost> CheckAsync(LedgerPost post, CancellationToken cancellationToken) => Task.FromResult(Answers[post.Entry]);

        public Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
        {
            Sent.Add(post);
            return Task.FromResult<SendResult>(new SendResult.Sent($"id-{post.Key.Entry}"));
        }
    }

    private sealed class RecordingChannel : IChannel
    {
        private int _calls;

        public ConcurrentQueue<string> Sent { get; } = new();

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "recording";

        public IPostFormat Format { get; } = new ConsoleFormat();

        public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                await Gate.Task;
            }

            Sent.Enqueue(post.Text);
            return new SendResult.Sent($"{Sent.Count}");
        }
    }
}
