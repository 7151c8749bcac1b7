namespace DigestBot.Digests;

/// <summary>
/// Medium embed cards ("[](url) [## title" + "### blurb" + "site](url)") span several Markdown blocks,
/// so no single node of the tree holds one. This filter follows a card across blocks: it removes the
/// card's tokens from each paragraph and reports the card's URL, so the card never reads as content.
/// </summary>
internal sealed class EmbedCards
{
    private const string Opening = "[##";
    private const string Closing = "](";

    /// <summary>The tokens a paragraph keeps once its cards are taken out; reused, as the walker reads one paragraph at a time.</summary>
    private readonly List<Token> kept = [];

    public bool IsOpen { get; private set; }

    public void Reset() => IsOpen = false;

    /// <summary>
    /// The tokens without the cards' parts: <paramref name="tokens"/> itself when no card is open and none may start
    /// (<paramref name="mayHoldCard"/>, from <see cref="Lines.ShapeOf"/>), else a list reused by the next call.
    /// </summary>
    public List<Token> Filter(List<Token> tokens, bool mayHoldCard, List<string> cardUrls, List<string> cardTitles)
    {
        if (!IsOpen && !mayHoldCard)
        {
            return tokens;
        }

        var kept = this.kept;
        kept.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsOpen)
            {
                if (token.Kind == TokenKind.Text)
                {
                    FilterText(token, kept, cardUrls, cardTitles);
                }

                continue;
            }

            if (token.Kind == TokenKind.Link && token.Span.TrimStart().StartsWith("##", StringComparison.Ordinal))
            {
                cardUrls.Add(token.Url!);
                cardTitles.Add(CardTitle(token.Span.TrimStart().TrimStart('#')));
                continue;
            }

            if (token.Kind == TokenKind.Link && Text.Clean(token.Text).Length == 0
                && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Text } next
                && next.Span.TrimStart(" *\t").StartsWith(Opening, StringComparison.Ordinal))
            {
                cardUrls.Add(token.Url!);
                continue;
            }

            if (token.Kind == TokenKind.Text)
            {
                FilterText(token, kept, cardUrls, cardTitles);
                continue;
            }

            kept.Add(token);
        }

        return kept;
    }

    private void FilterText(Token token, List<Token> kept, List<string> cardUrls, List<string> cardTitles)
    {
        var text = token.Span;
        var at = 0;
        while (at < text.Length)
        {
            if (IsOpen)
            {
                var close = IndexOf(text, Closing, at);
                if (close < 0)
                {
                    return;
                }

                var urlStart = close + Closing.Length;
                var urlEnd = IndexOf(text, ")", urlStart);
                var url = (urlEnd < 0 ? text[urlStart..] : text[urlStart..urlEnd]).Trim();
                if (url.Length > 0)
                {
                    cardUrls.Add(url.ToString());
                }

                IsOpen = false;
                at = urlEnd < 0 ? text.Length : urlEnd + 1;
                continue;
            }

            var open = IndexOf(text, Opening, at);
            if (open < 0)
            {
                kept.Add(token.Slice(at, text.Length - at));
                return;
            }

            if (open > at)
            {
                kept.Add(token.Slice(at, open - at));
            }

            IsOpen = true;
            at = open + Opening.Length;
            cardTitles.Add(CardTitle(text.Slice(at, Math.Min(200, text.Length - at))));
        }
    }

    /// <summary>Where <paramref name="value"/> first occurs in the text from <paramref name="from"/> on, as an index into the whole text.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        var found = text[from..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>True when a text or link label holds "##": a paragraph none of whose tokens does holds no card's start.</summary>
    public static bool MayHoldCard(ReadOnlySpan<char> text) =>
        // A search for one '#' first: most text has none, and that search is cheaper than the one for "##".
        text.Contains('#') && text.Contains("##", StringComparison.Ordinal);

    /// <summary>The card's title: its first line, up to the blurb or the closing bracket.</summary>
    private static string CardTitle(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(Chars.CardTitleEnd);
        return Text.LabelOfClean(Text.Clean(end < 0 ? text : text[..end])).TrimEnd(Chars.Ellipsis);
    }
}
