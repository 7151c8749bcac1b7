using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Publishing;

namespace DigestBot.Subscribers;

/// <summary>
/// A week as a subscriber receives it: one message (the header, then each paper as headline, one sentence and link,
/// as /week answers), split between papers only past Telegram's 4096 characters. The ledger keeps each part under
/// its own entry, "message-1", "message-2", …, so a part is sent once.
/// </summary>
public static class SubscriberMessage
{
    public const string EntryPrefix = "message-";

    public static IReadOnlyList<PlannedPost> Plan(Digest digest) =>
        WeekAnswer.Render(digest).Messages.Select((text, i) => new PlannedPost($"{EntryPrefix}{i + 1}", i, text)).ToList();
}
