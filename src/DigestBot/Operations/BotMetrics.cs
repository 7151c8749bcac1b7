using System.Diagnostics.Metrics;

namespace DigestBot.Operations;

/// <summary>
/// The bot's own measurements, on one meter ("DigestBot"); exported by OpenTelemetry as digestbot_* in Prometheus's
/// names. Features record through it and use nothing else of this folder.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "DigestBot";

    // Seconds, from an answer's fraction of a second to a 429's minutes of waiting (the default buckets are milliseconds).
    private static readonly InstrumentAdvice<double> Seconds = new() { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] };

    private readonly Meter _meter;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _rateLimited;
    private readonly Histogram<double> _queueWait;
    private readonly Histogram<double> _answerLatency;
    private readonly Counter<long> _parseProblems;

    public BotMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _sent = _meter.CreateCounter<long>("digestbot.messages.sent", "{message}", "Messages sent, per channel");
        _failed = _meter.CreateCounter<long>("digestbot.messages.failed", "{message}", "Messages that failed or closed their channel, per channel");
        _rateLimited = _meter.CreateCounter<long>("digestbot.telegram.rate_limited", "{response}", "429 answers drawn from Telegram");
        _queueWait = _meter.CreateHistogram<double>("digestbot.telegram.queue.wait", "s", "Time from queued to sent in the outbound queue", advice: Seconds);
        _answerLatency = _meter.CreateHistogram<double>("digestbot.command.duration", "s", "Time from a command to its answer sent", advice: Seconds);
        _parseProblems = _meter.CreateCounter<long>("digestbot.digest.parse_problems", "{problem}", "Problems found parsing digest files");
    }

    public void Sent(string channel) => _sent.Add(1, ChannelTag(channel));

    public void Failed(string channel) => _failed.Add(1, ChannelTag(channel));

    public void RateLimited() => _rateLimited.Add(1);

    public void QueueWait(TimeSpan wait) => _queueWait.Record(wait.TotalSeconds);

    public void Answered(TimeSpan latency) => _answerLatency.Record(latency.TotalSeconds);

    public void ParseProblems(int count) => _parseProblems.Add(count);

    /// <summary>A gauge read at each collection (the queue's length, the subscribers): the reading must be cheap.</summary>
    public void Observe(string name, string unit, string description, Func<long> read) =>
        _meter.CreateObservableGauge(name, read, unit, description);

    /// <summary>"subscriber:42" counts as "subscriber": one series per subscriber would grow without end.</summary>
    private static KeyValuePair<string, object?> ChannelTag(string channel) =>
        new("channel", channel.Split(':', 2)[0]);

    /// <summary>As above, for a reading not always known (null: no measurement this time).</summary>
    public void Observe(string name, string unit, string description, Func<long?> read) =>
        _meter.CreateObservableGauge(name, () => read() is { } value ? [new Measurement<long>(value)] : Array.Empty<Measurement<long>>(), unit, description);

    public void Dispose() => _meter.Dispose();
}
