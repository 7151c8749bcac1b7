using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Posts;

namespace DigestBot.Commands;

/// <summary>A week as an answer: the header, then each paper as headline, one sentence and link (the channel's posts).</summary>
public static class WeekAnswer
{
    /// <summary>The week with its header in the reader's language (English when none is given).</summary>
    public static CommandReply Render(Digest digest, TextSet? texts = null) =>
        Html.Messages(WeekComposer.Compose(digest, new TelegramFormat(texts?.Language ?? BotTexts.English)).Select(p => p.Text));

    /// <summary>The editor's picks of a digest, a line each.</summary>
    public static CommandReply Picks(Digest digest, TextSet texts)
    {
        var lines = digest.Picks.Select(p => WeekComposer.PickMark + (p.Url is null ? Html.Escape(p.Text) : Html.Link(p.Url, p.Text)));
        var title = texts.Format("PicksTitle", digest.Label);
        return Html.Messages([Html.Bold(title) + "\n" + string.Join('\n', lines)]);
    }
}
