using DigestBot.Telegram;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Telegram;

/// <summary>The send slots in PostgreSQL: booked one after another by every instance, and moved past a 429 for all of them.</summary>
public sealed class SharedBudgetTests
{
    [PostgresFact]
    public async Task Instances_book_consecutive_slots_and_a_pause_of_one_moves_the_next_slot_of_all()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var options = Options.Create(new TelegramOptions { BotToken = FakeBotApi.Token, MessagesPerSecond = 10 });
        await using var stateA = database.OpenState();
        await using var stateB = database.OpenState();
        var (a, b) = (new PostgresSendBudget(stateA, options), new PostgresSendBudget(stateB, options));

        await a.ReserveAsync(paid: false, CancellationToken.None); // the first calls open connections: not timed
        await b.ReserveAsync(paid: false, CancellationToken.None);
        var booked = new List<DateTime>();
        for (var i = 0; i < 6; i++)
        {
            await (i % 2 == 0 ? a : b).ReserveAsync(paid: false, CancellationToken.None); // faster than 10 a second
            booked.Add(await database.ScalarAsync<DateTime>("SELECT next_at FROM telegram_rate WHERE lane = 'all';"));
        }

        // Each booking takes the slot 100 ms after the one before, whichever instance booked it.
        Assert.All(booked.Zip(booked.Skip(1), (x, y) => y - x), gap => Assert.Equal(TimeSpan.FromMilliseconds(100), gap));

        await a.PauseAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.InRange(await b.ReserveAsync(paid: false, CancellationToken.None), TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(30));
    }
}
