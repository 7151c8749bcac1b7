using Microsoft.Extensions.Options;

namespace DigestBot.Telegram;

/// <summary>The send slots of one process (SQLite: one instance), kept in memory on the TimeProvider.</summary>
public sealed class LocalSendBudget(IOptions<TelegramOptions> options, TimeProvider time) : ISendBudget
{
    private readonly Lock _lock = new();
    private readonly SendRates _rates = SendRates.From(options.Value);
    private DateTimeOffset _nextAll = DateTimeOffset.MinValue;
    private DateTimeOffset _nextFree = DateTimeOffset.MinValue;

    public Task<TimeSpan> ReserveAsync(bool paid, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var free = _rates.FreeFor(paid);
            var slot = Max(now, free is null ? _nextAll : Max(_nextAll, _nextFree));
            _nextAll = slot + _rates.All;
            if (free is { } spacing)
            {
                _nextFree = slot + spacing;
            }

            return Task.FromResult(slot - now);
        }
    }

    public Task PauseAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + wait;
            (_nextAll, _nextFree) = (Max(_nextAll, until), Max(_nextFree, until));
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
