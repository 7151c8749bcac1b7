using DigestBot.Tests.Fakes;

// Serves the fake Telegram Bot API on loopback until Ctrl-C, printing each message that reaches the channel.
// Usage: dotnet run --project tools/DigestBot.FakeTelegram [-- http://127.0.0.1:8081]
await using var api = await FakeBotApi.StartAsync(url: args.FirstOrDefault() ?? "http://127.0.0.1:8081");
Console.WriteLine($"Fake Bot API at {api.BaseUrl}; token {FakeBotApi.Token}, channel {FakeBotApi.ChannelName}. Ctrl-C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var shown = 0;
while (!stop.IsCancellationRequested)
{
    foreach (var message in api.Delivered.Skip(shown))
    {
        Console.WriteLine($"[{++shown}] {message.Visible.ReplaceLineEndings(" | ")}");
    }

    await Task.Delay(200, CancellationToken.None);
}

Console.WriteLine($"{shown} messages arrived; {api.Calls.Count} sendMessage calls.");
