using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Posts;
using DigestBot.Publishing;

namespace DigestBot.Subscribers;

/// <summary>
/// A week as a subscriber receives it: one message (the header, then each paper as headline, one sentence and link,
/// as /week answers), split between papers only past Telegram's 4096 characters. The ledger keeps each part under
/// its own entry, "message-1", "message-2", …, so a part is sent once. A subscriber with topics gets only the papers
/// about them, under a header that says how many of the week's those are, and nothing in a week without one.
/// </summary>
public static class SubscriberMessage
{
    public const string EntryPrefix = "message-";

    public static IReadOnlyList<PlannedPost> Plan(Digest digest) => Plan(digest, []);

    /// <summary>
    /// The week for a subscriber following <paramref name="topics"/> (none: every paper), its fixed texts (the header)
    /// in <paramref name="language"/>: the channel's (Telegram:ChannelLanguage), since a subscription keeps no language.
    /// </summary>
    public static IReadOnlyList<PlannedPost> Plan(Digest digest, IReadOnlyCollection<string> topics, string language = BotTexts.English)
    {
        if (topics.Count == 0)
        {
            return Parts(WeekAnswer.Render(digest, BotTexts.Default.For(language)).Messages);
        }

        var posts = WeekComposer.Compose(digest, new TelegramFormat(language), paper => TopicMatcher.Matches(paper, topics));
        return posts.Count == 1 ? [] : Parts(Html.Messages(posts.Select(p => p.Text)).Messages);
    }

    private static List<PlannedPost> Parts(IReadOnlyList<string> messages) =>
        messages.Select((text, i) => new PlannedPost($"{EntryPrefix}{i + 1}", i, text)).ToList();
}
