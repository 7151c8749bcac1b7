using System.Globalization;
using DigestBot.Digests;
using DigestBot.Posts;

namespace DigestBot.Commands;

/// <summary>A week as an answer: the header, then each paper as headline, one sentence and link (the channel's posts).</summary>
public static class WeekAnswer
{
    public static CommandReply Render(Digest digest) =>
        Html.Messages(WeekComposer.Compose(digest, new TelegramFormat()).Select(p => p.Text));

    /// <summary>The editor's picks of a digest, a line each.</summary>
    public static CommandReply Picks(Digest digest)
    {
        var lines = digest.Picks.Select(p => WeekComposer.PickMark + (p.Url is null ? Html.Escape(p.Text) : Html.Link(p.Url, p.Text)));
        var title = string.Create(CultureInfo.InvariantCulture, $"Editor's picks, {digest.Label}");
        return Html.Messages([Html.Bold(title) + "\n" + string.Join('\n', lines)]);
    }
}
