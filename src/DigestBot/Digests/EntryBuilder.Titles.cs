namespace DigestBot.Digests;

/// <summary>The paper title of an entry: read from the first lines, joined when the translator split it.</summary>
internal sealed partial class EntryBuilder
{
    /// <summary>
    /// Reads the line as the paper's title. <paramref name="mayHoldUrl"/> is <see cref="BareUrls.MayHoldUrl"/> of the
    /// visible text, which the caller has asked already.
    /// </summary>
    private bool ReadTitle(List<Token> tokens, ReadOnlySpan<char> visible, bool mayHoldUrl, List<Token>? next)
    {
        if (TitleLine.TryRead(tokens, visible, mayHoldUrl) is { } read)
        {
            title = read.Title.Length > 0 ? read.Title : null;
            bracketId ??= read.ArxivId;
            titleUrl ??= read.Urls.Count > 0 ? read.Urls[0] : null;
            AddLinksAfterFirst(read.Urls);
            titleMayContinue = read.OpenEnded;
            AddSummaryText(read.Remainder);
            return true;
        }

        // A bare title needs a next line to hold its link: a line without one (the usual prose line) is not made a string.
        if (next is not null && visible.ToString() is var text && TitleLine.IsBareTitle(tokens, text, next))
        {
            title = Text.CleanLabel(text.TrimEnd('。'));
            titleMayContinue = true;
            return true;
        }

        return false;
    }

    /// <summary>"https://arxiv.org/abs/2011.06210[](https://arxiv.org/abs/2011.06210)": one address, written twice.</summary>
    private bool AddWholeUrl(List<Token> tokens, ReadOnlySpan<char> visible)
    {
        if (!BareUrls.IsWholeUrl(Text.WithoutArtefact(visible).Trim(Chars.CornerBrackets)) || !Lines.LinksAreAddresses(tokens))
        {
            return false;
        }

        var written = new List<string>(1);
        Lines.AddLinks(tokens, written);
        AddBareUrl(written.Count > 0 ? written[0] : BareUrls.Find(visible.ToString())[0]);
        return true;
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
    private bool ContinueTitle(List<Token> tokens, ReadOnlySpan<char> visible)
    {
        if (visible.Length > 80 || visible.Contains('。'))
        {
            return false;
        }

        var links = new List<string>(1);
        Lines.AddLinks(tokens, links);
        var sb = StringBuilderCache.Acquire();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text || token.Kind == TokenKind.Link && !Lines.IsAddressLabel(token))
            {
                sb.Append(token.Span);
            }
        }

        var text = sb.ToString();
        var rest = Text.CleanLabel(BareUrls.Remove(text));
        if (links.Count == 0 && (rest.Length > 40 || BareUrls.Find(text).Count > 0 || Text.EndsSentence(rest)))
        {
            StringBuilderCache.Release(sb);
            return false;
        }

        titleUrl ??= links.Count > 0 ? links[0] : null;
        sb.Clear().Append(title);
        Text.AppendRunning(sb, rest);
        title = sb.Length > 0 ? sb.ToString() : null;
        StringBuilderCache.Release(sb);
        titleMayContinue = false;
        return true;
    }
}
