using System.Text;

namespace DigestBot.Digests;

/// <summary>The paper title of an entry: read from the first lines, joined when the translator split it.</summary>
internal sealed partial class EntryBuilder
{
    private bool ReadTitle(List<Token> tokens, string visible, List<Token>? next)
    {
        if (TitleLine.TryRead(tokens, visible) is { } read)
        {
            title = read.Title.Length > 0 ? read.Title : null;
            bracketId ??= read.ArxivId;
            titleUrl ??= read.Urls.Count > 0 ? read.Urls[0] : null;
            AddLinksAfterFirst(read.Urls);
            titleMayContinue = read.OpenEnded;
            AddSummaryText(read.Remainder);
            return true;
        }

        if (TitleLine.IsBareTitle(tokens, visible, next))
        {
            title = Text.CleanLabel(visible.TrimEnd('。'));
            titleMayContinue = true;
            return true;
        }

        return false;
    }

    private void AddBareUrl(string url)
    {
        if (titleMayContinue || title is null && summary.Length == 0)
        {
            titleUrl ??= url;
        }
        else
        {
            bodyLinks.Add(url);
        }

        titleMayContinue = false;
    }

    /// <summary>
    /// The rest of a title the translator split over two lines: "[url](url)the rest", "[the rest](url)",
    /// "the rest[https://…](…)", or a short line with no sentence end.
    /// </summary>
    private bool ContinueTitle(List<Token> tokens, string visible)
    {
        if (visible.Length > 80 || visible.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        var links = new List<string>(1);
        Lines.AddLinks(tokens, links);
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text || token.Kind == TokenKind.Link && !Lines.IsAddressLabel(token))
            {
                text.Append(token.Text);
            }
        }

        var rest = Text.CleanLabel(BareUrls.Remove(text.ToString()));
        if (links.Count == 0 && (rest.Length > 40 || BareUrls.Find(text.ToString()).Count > 0 || Text.EndsSentence(rest)))
        {
            return false;
        }

        titleUrl ??= links.Count > 0 ? links[0] : null;
        var sb = new StringBuilder(title ?? "");
        Text.AppendRunning(sb, rest);
        title = sb.Length > 0 ? sb.ToString() : null;
        titleMayContinue = false;
        return true;
    }
}
