namespace DigestBot.Telegram;

/// <summary>
/// The spacing of send slots. Every message takes a slot of the bot's rate (Telegram:MessagesPerSecond). With paid
/// broadcast on, that rate may pass Telegram's free limit, so a message without allow_paid_broadcast also takes a
/// slot of the free rate (<see cref="FreePerSecond"/>, or the bot's rate when lower).
/// </summary>
public sealed record SendRates(TimeSpan All, TimeSpan? Free)
{
    /// <summary>Below Telegram's "about 30 a second", with room for the delays on the way.</summary>
    public const int FreePerSecond = 25;

    public static SendRates From(TelegramOptions options) => new(
        Spacing(options.MessagesPerSecond),
        options.PaidBroadcast ? Spacing(Math.Min(options.MessagesPerSecond, FreePerSecond)) : null);

    /// <summary>The free rate's spacing when a message of this kind takes a slot of it too.</summary>
    public TimeSpan? FreeFor(bool paid) => paid ? null : Free;

    private static TimeSpan Spacing(int perSecond) => TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond);
}
