using System.Data.Common;
using System.Globalization;
using DigestBot.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Telegram;

/// <summary>
/// The send slots of every instance sharing one PostgreSQL database: a row per rate (lane) holds the next free slot,
/// booked under the row's lock (SELECT … FOR UPDATE), in the database's clock, so instances whose clocks differ
/// still book slots spaced 1/Telegram:MessagesPerSecond apart. Each instance waits the time it is told.
/// </summary>
public sealed class PostgresSendBudget(StateDatabase database, IOptions<TelegramOptions> options) : ISendBudget
{
    private const string All = "all";
    private const string Free = "free";

    private const string Ensure = """
        INSERT INTO telegram_rate (bot_id, lane, next_at) VALUES (@bot, 'all', clock_timestamp()), (@bot, 'free', clock_timestamp())
        ON CONFLICT (bot_id, lane) DO NOTHING;
        """;

    private const string Lock = """
        SELECT lane, next_at, clock_timestamp() FROM telegram_rate
        WHERE bot_id = @bot AND (lane = 'all' OR (lane = 'free' AND @free)) FOR UPDATE;
        """;

    private const string Book = "UPDATE telegram_rate SET next_at = @next WHERE bot_id = @bot AND lane = @lane;";

    private const string Pause = "UPDATE telegram_rate SET next_at = GREATEST(next_at, clock_timestamp() + @wait) WHERE bot_id = @bot;";

    private readonly SendRates _rates = SendRates.From(options.Value);
    private readonly long _bot = BotId(options.Value.BotToken);
    private volatile bool _ensured;

    public async Task<TimeSpan> ReserveAsync(bool paid, CancellationToken cancellationToken)
    {
        var free = _rates.FreeFor(paid);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (now, next) = (DateTimeOffset.MinValue, DateTimeOffset.MinValue);
        await using (var select = Command(connection, transaction, Lock, ("@free", free is not null)))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                next = Max(next, reader.GetFieldValue<DateTimeOffset>(1));
                now = reader.GetFieldValue<DateTimeOffset>(2);
            }
        }

        var slot = Max(now, next);
        await BookAsync(connection, transaction, All, slot + _rates.All, cancellationToken);
        if (free is { } spacing)
        {
            await BookAsync(connection, transaction, Free, slot + spacing, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return slot - now;
    }

    public async Task PauseAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = Command(connection, null, Pause, ("@wait", wait));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        if (!_ensured)
        {
            await using var insert = Command(connection, null, Ensure);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            _ensured = true;
        }

        return connection;
    }

    private async Task BookAsync(DbConnection connection, DbTransaction transaction, string lane, DateTimeOffset next, CancellationToken cancellationToken)
    {
        await using var update = Command(connection, transaction, Book, ("@lane", lane), ("@next", next.ToUniversalTime()));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = StateDatabase.Command(connection, sql, [("@bot", _bot), .. parameters]);
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The bot's id, the part of the token before the colon (not secret): each bot has its own rate.</summary>
    private static long BotId(string? token) =>
        long.TryParse(token?.Split(':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
