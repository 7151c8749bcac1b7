using DigestBot.Tests.Fakes;

// Serves the tests' fake Telegram Bot API, fake X API and fake Mastodon on loopback until Ctrl-C, printing what reaches them.
// Usage: dotnet run --project tools/DigestBot.FakeTelegram [-- TELEGRAM_URL [X_URL [MASTODON_URL]]]
await using var telegram = await FakeBotApi.StartAsync(url: args.FirstOrDefault() ?? "http://127.0.0.1:8081");
await using var x = await FakeXApi.StartAsync(TimeProvider.System, args.Skip(1).FirstOrDefault() ?? "http://127.0.0.1:8082");
await using var mastodon = await FakeMastodonApi.StartAsync(TimeProvider.System, args.Skip(2).FirstOrDefault() ?? "http://127.0.0.1:8083");
telegram.Limits = new FloodControl(); // Telegram's limits: past them a message gets 429 (counted at the end)
Console.WriteLine($"Fake Telegram Bot API at {telegram.BaseUrl}; token {FakeBotApi.Token}, channel {FakeBotApi.ChannelName}; it enforces 30 messages a second, 1 a second per chat, 20 a minute per channel.");
Console.WriteLine($"Fake X API at {x.BaseUrl}; keys {FakeXApi.Keys.ConsumerKey} / {FakeXApi.Keys.ConsumerSecret} / {FakeXApi.Keys.AccessToken} / {FakeXApi.Keys.AccessTokenSecret}.");
Console.WriteLine($"Fake Mastodon at {mastodon.BaseUrl}; token {FakeMastodonApi.Token}. Ctrl-C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

int shown = 0, tweets = 0, statuses = 0;
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

    foreach (var status in mastodon.Statuses.Skip(statuses))
    {
        Console.WriteLine($"[mastodon {++statuses}] id {status.Id}{(status.InReplyTo is null ? "" : $" ↳ reply to {status.InReplyTo}")} ({status.Visibility}): {status.Text.ReplaceLineEndings(" | ")}");
    }

    await Task.Delay(200, CancellationToken.None);
}

Console.WriteLine($"{shown} Telegram messages, {tweets} X posts and {statuses} Mastodon statuses arrived; {telegram.Limits.TooManyRequests} Telegram messages answered 429.");
