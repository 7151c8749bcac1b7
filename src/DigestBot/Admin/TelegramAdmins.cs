using DigestBot.Commands;
using DigestBot.Telegram;
using Microsoft.Extensions.Options;

namespace DigestBot.Admin;

/// <summary>The admins are the Telegram users listed in Telegram:AdminIds.</summary>
public sealed class TelegramAdmins(IOptions<TelegramOptions> options) : IAdmins
{
    public bool IsAdmin(long userId) => options.Value.AdminIds.Contains(userId);
}
