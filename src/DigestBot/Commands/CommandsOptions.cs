namespace DigestBot.Commands;

/// <summary>Chat command settings.</summary>
public sealed class CommandsOptions
{
    public const string Section = "Commands";

    /// <summary>Commands one user may send a minute before the bot stops answering them for the rest of the minute.</summary>
    public int PerUserPerMinute { get; set; } = 20;

    /// <summary>How long an answer may wait in the outbound queue (behind Telegram's limits) before it is dropped.</summary>
    public int AnswerTimeoutSeconds { get; set; } = 300;
}
