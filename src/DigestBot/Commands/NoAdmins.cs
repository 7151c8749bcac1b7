namespace DigestBot.Commands;

/// <summary>No one is an admin: the console chat, and a bot with no Telegram:AdminIds.</summary>
public sealed class NoAdmins : IAdmins
{
    public bool IsAdmin(long userId) => false;
}
