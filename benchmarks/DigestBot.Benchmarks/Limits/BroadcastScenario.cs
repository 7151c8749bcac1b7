using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace DigestBot.Benchmarks.Limits;

/// <summary>
/// `-- broadcast [N]`: the schedule's week (the sample 2020-W43) to the channel and to N subscribers (1,000), with
/// a reader's /week 43 arriving halfway through, against the fake Bot API that enforces Telegram's limits.
/// </summary>
internal static class BroadcastScenario
{
    private const int Rate = 25;
    private const long FirstSubscriber = 80_000_000;
    private const long Reader = 90_000_000;

    public static async Task RunAsync(int subscribers)
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Limits = new FloodControl(perSecond: 30);
        var fire = new DateTimeOffset(2020, 10, 19, 9, 0, 30, TimeSpan.Zero); // 30 s after the schedule's fire for 2020-W43
        using var bench = new BenchHost(api, fire, new() { ["Telegram:MessagesPerSecond"] = $"{Rate}", ["Telegram:ChannelId"] = FakeBotApi.ChannelName });
        var chats = Enumerable.Range(0, subscribers).Select(i => FirstSubscriber + i).ToList();
        await SubscribeAsync(bench, api, chats);

        using var host = bench.Build();
        await host.StartAsync();
        await DeliveryReport.WaitAsync(() => chats.Count(c => api.To(c).Count > 0) >= subscribers / 2, "half the subscribers", TimeSpan.FromMinutes(5));
        var asked = DateTimeOffset.UtcNow;
        api.Say(Reader, Reader, "/week 43");
        await DeliveryReport.WaitAsync(() => chats.All(c => api.To(c).Count > 0) && api.To(Reader).Count > 0, "every subscriber and the reader", TimeSpan.FromMinutes(10));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second message to anyone would arrive now
        await host.StopAsync();

        var received = chats.Select(c => api.To(c).Count).ToList();
        var deliveries = chats.SelectMany(api.To).Select(m => m.ArrivedAt).ToList();
        var (first, last) = (deliveries.Min(), deliveries.Max());
        var all = api.Delivered.Select(m => m.ArrivedAt).Where(t => t >= first && t <= last).ToList();
        Console.WriteLine($"subscribers: {received.Count(n => n == 1)} of {subscribers} got the week once, {received.Count(n => n == 0)} not at all, {received.Count(n => n > 1)} more than once");
        Console.WriteLine($"channel: {api.Delivered.Count(m => m.ChatId == FakeBotApi.ChannelName)} posts");
        DeliveryReport.Print("subscriber messages", deliveries, Rate, api.Limits);
        DeliveryReport.Print("every message during the broadcast", all, Rate, api.Limits);
        Console.WriteLine($"/week 43 sent halfway through: answered in {(api.To(Reader)[0].ArrivedAt - asked).TotalSeconds:0.00} s");
    }

    private static async Task SubscribeAsync(BenchHost bench, FakeBotApi api, IEnumerable<long> chats)
    {
        await using var database = new StateDatabase(Options.Create(new StorageOptions { ConnectionString = bench.ConnectionString }));
        var store = new SqlSubscriberStore(database, TimeProvider.System);
        foreach (var chat in chats)
        {
            await store.AddAsync(chat, CancellationToken.None);
            api.AddChat(chat);
        }
    }
}
