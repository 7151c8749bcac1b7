using Telegram.Bot;

namespace DigestBot.Telegram;

/// <summary>The client getUpdates goes through: its HttpClient waits longer than a long poll lasts.</summary>
public sealed class PollingClient(ITelegramBotClient client)
{
    public ITelegramBotClient Client => client;
}
