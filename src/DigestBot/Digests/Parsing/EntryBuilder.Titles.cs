namespace DigestBot.Digests.Parsing;

/// <summary>The paper title of an entry: read from the first lines, joined when the translator split it.</summary>
internal sealed partial class EntryBuilder
{
    private bool ReadTitle(List<Token> tokens, string visible, List<Token>? next)
    {
        if (PaperTitles.TryRead(tokens, visible) is { } read)
        {
            _title = read.Title.Length > 0 ? read.Title : null;
            _bracketId ??= read.ArxivId;
            _titleUrl ??= read.Urls.Count > 0 ? read.Urls[0] : null;
            AddLinksAfterFirst(read.Urls);
            _titleMayContinue = read.OpenEnded;
            AppendSummary(Text.Clean(read.Remainder));
            return true;
        }

        if (PaperTitles.IsBareTitle(tokens, visible, next))
        {
            _title = Text.CleanLabel(visible.TrimEnd('。'));
            _titleMayContinue = true;
            return true;
        }

        return false;
    }

    /// <summary>"https://arxiv.org/abs/2011.06210[](https://arxiv.org/abs/2011.06210)": one address, written twice.</summary>
    private bool AddWholeUrl(List<Token> tokens, string visible)
    {
        if (!BareUrls.IsWholeUrl(Text.WithoutArtefact(visible).Trim('【', '】')) || !TokenLines.LinksAreAddresses(tokens))
        {
            return false;
        }

        var link = FirstLink(tokens);
        var url = link?.Url ?? BareUrls.Find(visible)[0];
        if (!(_titleMayContinue || _title is null && _summary.Length == 0))
        {
            _bodyLinks.Add(url);
            AddShortener(link);
        }
        else if (_titleUrl is null)
        {
            _titleUrl = url;
            AddShortener(link);
        }

        _titleMayContinue = false;
        return true;
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

        var link = FirstLink(tokens);
        var text = string.Concat(tokens.Where(t => t.Kind == TokenKind.Text || t.Kind == TokenKind.Link && !TokenLines.IsAddressLabel(t)).Select(t => t.Text));
        var rest = Text.CleanLabel(BareUrls.Remove(text));
        if (link is null && (rest.Length > 40 || BareUrls.Find(text).Count > 0 || Text.EndsSentence(rest)))
        {
            return false;
        }

        if (_titleUrl is null && link is not null)
        {
            _titleUrl = link.Url;
            AddShortener(link);
        }

        var joined = Text.JoinRunning(_title ?? "", rest);
        _title = joined.Length > 0 ? joined : null;
        _titleMayContinue = false;
        return true;
    }

    /// <summary>The line's first link with an address.</summary>
    private static Token? FirstLink(List<Token> tokens) => tokens.Find(t => t.Kind == TokenKind.Link && !string.IsNullOrWhiteSpace(t.Url));

    /// <summary>A link taken for its address keeps the shortener it was written with among the entry's links.</summary>
    private void AddShortener(Token? link)
    {
        if (link?.Shortener is { } shortener)
        {
            _bodyLinks.Add(shortener);
        }
    }
}
