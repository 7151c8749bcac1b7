using Markdig.Syntax;

namespace DigestBot.Digests.Parsing;

/// <summary>Lists (picks, or items of an entry) and quotes (the source line).</summary>
internal sealed partial class DocumentWalker
{
    private void VisitList(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>();
        if (_collectingPicks is not null && _section is null)
        {
            _collectingPicks.AddRange(items.Select(item => Picks.From(ContainerTokens(item))).Where(pick => pick.Text.Length > 0));
            _collectingPicks = null;
            return;
        }

        if (_section is not { } current)
        {
            return; // the table of contents, or a summary list in the intro
        }

        foreach (var item in items)
        {
            if (_entry is not null)
            {
                _entry.AddListItem(ContainerTokens(item));
                continue;
            }

            OpenEntry(current, item.Line + 1, ContainerTokens(item), fromHeading: false);
            CloseEntry();
        }
    }

    private void VisitQuote(QuoteBlock quote)
    {
        var tokens = ContainerTokens(quote);
        if (!_header.HasSource && _section is null && _header.TrySetSource(tokens))
        {
            return;
        }

        if (_entry is not null && _section is { } current)
        {
            AddLines(current, TokenLines.Split(tokens), quote.Line + 1);
        }
    }

    /// <summary>The tokens of every leaf block in a list item or quote, a line break between blocks.</summary>
    private static List<Token> ContainerTokens(ContainerBlock container)
    {
        var tokens = new List<Token>();
        AddLeaves(container, tokens);
        return tokens;
    }

    /// <summary>Nesting is bounded by Markdig's depth limit.</summary>
    private static void AddLeaves(ContainerBlock container, List<Token> tokens)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock leaf)
            {
                if (tokens.Count > 0)
                {
                    tokens.Add(Token.Break);
                }

                tokens.AddRange(InlineTokens.Read(leaf));
            }
            else if (block is ContainerBlock nested)
            {
                AddLeaves(nested, tokens);
            }
        }
    }
}
