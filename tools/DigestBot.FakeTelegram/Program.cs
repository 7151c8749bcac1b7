using DigestBot.Tests.Fakes;

// Serves the tests' fake Telegram Bot API and fake X API on loopback until Ctrl-C, printing what reaches them.
// Usage: dotnet run --project tools/DigestBot.FakeTelegram [-- TELEGRAM_URL [X_URL]]
await using var telegram = await FakeBotApi.StartAsync(url: args.FirstOrDefault() ?? "http://127.0.0.1:8081");
await using var x = await FakeXApi.StartAsync(TimeProvider.System, args.Skip(1).FirstOrDefault() ?? "http://127.0.0.1:8082");
telegram.Limits = new FloodControl(); // Telegram's limits: past them a message gets 429 (counted at the end)
Console.WriteLine($"Fake Telegram Bot API at {telegram.BaseUrl}; token {FakeBotApi.Token}, channel {FakeBotApi.ChannelName}; it enforces 30 messages a second, 1 a second per chat, 20 a minute per channel.");
Console.WriteLine($"Fake X API at {x.BaseUrl}; keys {FakeXApi.Keys.ConsumerKey} / {FakeXApi.Keys.ConsumerSecret} / {FakeXApi.Keys.AccessToken} / {FakeXApi.Keys.AccessTokenSecret}. Ctrl-C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

int shown = 0, tweets = 0;
while (!stop.IsCancellationRequested)
{
    foreach (var message in telegram.Delivered.Skip(shown))
    {
        Console.WriteLine($"[telegram {++shown}] {message.Visible.ReplaceLineEndings(" | ")}");
    }

    foreach (var tweet in x.Posted.Skip(tweets))
    {
        Console.WriteLine($"[x {++tweets}] id {tweet.Id}{(tweet.InReplyTo is null ? "" : $" ↳ reply to {tweet.InReplyTo}")}: {tweet.Text.ReplaceLineEndings(" | ")}");
    }

    await Task.Delay(200, CancellationToken.None);
}

Console.WriteLine($"{shown} Telegram messages and {tweets} X posts arrived; {telegram.Limits.TooManyRequests} Telegram messages answered 429.");
