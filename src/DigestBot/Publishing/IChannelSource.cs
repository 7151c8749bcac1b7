namespace DigestBot.Publishing;

/// <summary>A platform feature's channel, or null when its settings do not configure one.</summary>
public interface IChannelSource
{
    IChannel? Create();
}
