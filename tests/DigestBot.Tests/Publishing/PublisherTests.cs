using System.Collections.Concurrent;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Storage;
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
        return new Publisher(ledger, new ChannelHold(TimeProvider.System), TimeProvider.System, NullLogger<Publisher>.Instance);
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
    private sealed class RecordingChannel : IChannel
    {
        private int _calls;

        public ConcurrentQueue<string> Sent { get; } = new();

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "recording";

        public IPostFormat Format { get; } = new ConsoleFormat();

        public async Task<SendResult> SendAsync(string text, string? previous, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                await Gate.Task;
            }

            Sent.Enqueue(text);
            return new SendResult.Sent($"{Sent.Count}");
        }
    }
}
