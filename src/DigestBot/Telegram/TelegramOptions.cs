namespace DigestBot.Telegram;

/// <summary>
/// Telegram settings. The token is a secret: it comes from the environment (Telegram__BotToken) or user secrets,
/// never from bot.settings.json, and is never logged. With no token and no channel the bot runs in local mode.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The channel posts go to: "@name" or a numeric chat id (-100…).</summary>
    public string? ChannelId { get; set; }

    /// <summary>The language of the channel's fixed texts (the week's header): "zh" (the readers' language) or "en".</summary>
    public string ChannelLanguage { get; set; } = "zh";

    /// <summary>At most this many messages a minute to one group, supergroup or channel (Telegram allows 20).</summary>
    public int ChannelMessagesPerMinute { get; set; } = 20;

    /// <summary>Messages a second the bot sends in all, to every chat together (Telegram allows about 30).</summary>
    public int MessagesPerSecond { get; set; } = 25;

    /// <summary>Seconds between two messages to one chat, counted from Telegram's answer to the first (Telegram allows one a second).</summary>
    public double ChatSpacingSeconds { get; set; } = 1.1;

    /// <summary>
    /// Subscriber messages carry allow_paid_broadcast (0.1 Telegram Stars each) and may go out faster than 30 a
    /// second, up to <see cref="MessagesPerSecond"/> (at most 1000); other messages keep to the free rate.
    /// </summary>
    public bool PaidBroadcast { get; set; }

    /// <summary>How long one API call may take before its outcome is called unknown.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>getUpdates' long-poll timeout.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>When set, updates come by webhook (setWebhook with this URL) instead of long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The webhook's secret_token: requests without it in X-Telegram-Bot-Api-Secret-Token get 401.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the webhook endpoint listens (Kestrel URL), e.g. http://0.0.0.0:8443.</summary>
    public string WebhookListen { get; set; } = "http://0.0.0.0:8443";

    /// <summary>Telegram user ids that may use the admin commands in a private chat (Telegram__AdminIds__0=123456).</summary>
    public long[] AdminIds { get; set; } = [];

    /// <summary>Both the token and the channel are set: posts go to Telegram rather than the console.</summary>
    public bool Configured => HasToken && !string.IsNullOrWhiteSpace(ChannelId);

    /// <summary>A token is set: the bot answers chat commands in Telegram (with or without a channel to post to).</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);
}
