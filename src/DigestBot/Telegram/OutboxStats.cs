namespace DigestBot.Telegram;

/// <summary>The outbound queue's counts since the process started.</summary>
public sealed record OutboxStats(int Waiting, long Sent, long RateLimited, long AnswersDropped)
{
    public override string ToString() => $"{Waiting} waiting, {Sent} sent, {RateLimited} × 429, {AnswersDropped} answers dropped for age";
}
