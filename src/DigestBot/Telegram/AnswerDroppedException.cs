namespace DigestBot.Telegram;

/// <summary>An answer waited in the outbound queue longer than Commands:AnswerTimeoutSeconds and was not sent.</summary>
public sealed class AnswerDroppedException(TimeSpan waited)
    : Exception($"the answer waited {waited.TotalSeconds:0} s for Telegram's limits and was dropped (Commands:AnswerTimeoutSeconds)");
