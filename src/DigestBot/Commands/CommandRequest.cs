namespace DigestBot.Commands;

/// <summary>A message someone sent the bot, as any front end (Telegram, the console) hands it over.</summary>
public sealed record CommandRequest(long ChatId, long UserId, bool IsPrivate, string Text, string? LanguageCode = null);

/// <summary>A command as typed: its name (lower case, no slash), the bot it names (after @), and the rest.</summary>
public sealed record CommandLine(string Name, string? Bot, string Arguments);

/// <summary>
/// What the bot answers: HTML messages, each within Telegram's 4096 characters (none means silence), and the
/// buttons under the last one (none: no keyboard).
/// </summary>
public sealed record CommandReply(IReadOnlyList<string> Messages, IReadOnlyList<ReplyButton>? Buttons = null)
{
    public static CommandReply None { get; } = new([]);

    public static CommandReply Text(string html) => new([html]);
}
