namespace DigestBot.Digests.Parsing;

/// <summary>
/// Medium embed cards ("[](url) [## title" + "### blurb" + "site](url)") span several Markdown blocks,
/// so no single node of the tree holds one. This filter follows a card across blocks: it removes the
/// card's tokens from each paragraph and reports the card's URL, so the card never reads as content.
/// </summary>
internal sealed class EmbedCards
{
    private const string Opening = "[##";
    private const string Closing = "](";

    public bool IsOpen { get; private set; }

    public void Reset() => IsOpen = false;

    /// <summary>The tokens without the cards' parts; the cards' addresses and titles are added to the lists.</summary>
    public List<Token> Filter(List<Token> tokens, List<string> cardUrls, List<string> cardTitles)
    {
        var kept = new List<Token>();
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

            if (token.Kind == TokenKind.Link && token.Text.TrimStart().StartsWith("##", StringComparison.Ordinal))
            {
                cardUrls.Add(token.Url!);
                cardTitles.Add(CardTitle(token.Text.TrimStart().TrimStart('#')));
            }
            else if (token.Kind == TokenKind.Link && Text.Clean(token.Text).Length == 0
                && i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Text } next
                && next.Text.TrimStart(' ', '*', '\t').StartsWith(Opening, StringComparison.Ordinal))
            {
                cardUrls.Add(token.Url!);
            }
            else if (token.Kind == TokenKind.Text)
            {
                FilterText(token, kept, cardUrls, cardTitles);
            }
            else
            {
                kept.Add(token);
            }
        }

        return kept;
    }

    /// <summary>Keeps the text outside cards: a card opens at "[##" and closes at the "](url)" after it.</summary>
    private void FilterText(Token token, List<Token> kept, List<string> cardUrls, List<string> cardTitles)
    {
        var text = token.Text;
        var at = 0;
        while (at < text.Length)
        {
            if (IsOpen)
            {
                var close = text.IndexOf(Closing, at, StringComparison.Ordinal);
                if (close < 0)
                {
                    return;
                }

                var urlStart = close + Closing.Length;
                var urlEnd = text.IndexOf(')', urlStart);
                var url = (urlEnd < 0 ? text[urlStart..] : text[urlStart..urlEnd]).Trim();
                if (url.Length > 0)
                {
                    cardUrls.Add(url);
                }

                IsOpen = false;
                at = urlEnd < 0 ? text.Length : urlEnd + 1;
                continue;
            }

            var open = text.IndexOf(Opening, at, StringComparison.Ordinal);
            if (open < 0)
            {
                kept.Add(token with { Text = text[at..] });
                return;
            }

            if (open > at)
            {
                kept.Add(token with { Text = text[at..open] });
            }

            IsOpen = true;
            at = open + Opening.Length;
            cardTitles.Add(CardTitle(text.Substring(at, Math.Min(200, text.Length - at))));
        }
    }

    /// <summary>The card's title: its first line, up to the blurb or the closing bracket.</summary>
    private static string CardTitle(string text)
    {
        var end = text.IndexOfAny(['#', ']']);
        return Text.CleanLabel(end < 0 ? text : text[..end]).TrimEnd('…', '.');
    }
}
