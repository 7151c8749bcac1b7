using System.Globalization;
using DigestBot.Storage;

namespace DigestBot.Telegram;

/// <summary>
/// The outbound queue's counts as each running instance last wrote them to the state database, so that
/// `digestbot status`, a process of its own, can show them. Rows not written for a day are removed.
/// </summary>
public sealed class QueueReports(StateDatabase database, TimeProvider time)
{
    private const string Upsert = """
        INSERT INTO telegram_queue (instance, waiting, sent, rate_limited, answers_dropped, updated_at)
        VALUES (@instance, @waiting, @sent, @limited, @dropped, @now)
        ON CONFLICT (instance) DO UPDATE SET waiting = excluded.waiting, sent = excluded.sent, rate_limited = excluded.rate_limited,
            answers_dropped = excluded.answers_dropped, updated_at = excluded.updated_at;
        DELETE FROM telegram_queue WHERE updated_at < @old;
        """;

    private const string Select = "SELECT instance, waiting, sent, rate_limited, answers_dropped, updated_at FROM telegram_queue ORDER BY updated_at DESC;";

    /// <summary>This process: the machine and the process id.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task SaveAsync(OutboxStats stats, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var upsert = StateDatabase.Command(connection, Upsert,
            ("@instance", Instance), ("@waiting", stats.Waiting), ("@sent", stats.Sent), ("@limited", stats.RateLimited), ("@dropped", stats.AnswersDropped),
            ("@now", database.Dialect.Time(now)), ("@old", database.Dialect.Time(now.AddDays(-1))));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Each instance's outbound queue as it last wrote it (nothing when no instance has sent yet).</summary>
    public static string Render(IReadOnlyList<QueueReport> reports) =>
        string.Concat(reports.Select(r => string.Create(CultureInfo.InvariantCulture, $"Telegram queue of {r.Instance} at {r.UpdatedAt:u}: {r.Stats}\n")));

    public async Task<IReadOnlyList<QueueReport>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = StateDatabase.Command(connection, Select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var reports = new List<QueueReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stats = new OutboxStats(reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            reports.Add(new QueueReport(reader.GetString(0), stats, database.Dialect.ReadTime(reader, 5)));
        }

        return reports;
    }
}

/// <summary>One instance's queue counts and when it wrote them.</summary>
public sealed record QueueReport(string Instance, OutboxStats Stats, DateTimeOffset UpdatedAt);
