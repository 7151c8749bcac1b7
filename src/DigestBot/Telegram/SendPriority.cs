namespace DigestBot.Telegram;

/// <summary>Who goes first when several messages wait for Telegram: people waiting for an answer, then the channel, then subscribers.</summary>
public enum SendPriority
{
    Answer = 0,
    ChannelPost = 1,
    Delivery = 2,
}
