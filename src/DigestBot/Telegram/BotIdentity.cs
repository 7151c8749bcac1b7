using Telegram.Bot;

namespace DigestBot.Telegram;

/// <summary>The bot's own username (from getMe, asked once), which group commands name: /week@DigestBot 43.</summary>
public sealed class BotIdentity(ITelegramBotClient bot)
{
    private volatile string? _username;

    /// <summary>The username; the first calls ask getMe (at worst a few times at once, which is harmless).</summary>
    public async ValueTask<string?> UsernameAsync(CancellationToken cancellationToken) =>
        _username ??= (await bot.GetMe(cancellationToken)).Username;
}
