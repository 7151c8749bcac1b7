using Microsoft.Extensions.Logging;

namespace DigestBot.Admin;

/// <summary>Every admin action, with the user who asked for it.</summary>
public sealed partial class AdminLog(ILogger<AdminLog> logger)
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin {UserId}: /{Command} {Arguments}")]
    public partial void Action(long userId, string command, string arguments);
}
