using Markdig.Syntax;

namespace DigestBot.Digests.Parsing;

/// <summary>Lists (picks, or items of an entry) and quotes (the source line).</summary>
internal sealed partial class DocumentWalker
{
    private void VisitList(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>();
        if (collectingPicks is not null && section is null)
        {
            collectingPicks.AddRange(items.Select(item => Picks.From(ContainerTokens(item))).Where(pick => pick.Text.Length > 0));
            collectingPicks = null;
            return;
        }

        if (section is not { } current)
        {
            return; // the table of contents, or a summary list in the intro
        }

        foreach (var item in items)
        {
            if (entry is not null)
            {
                entry.AddListItem(ContainerTokens(item));
                continue;
            }

            OpenEntry(current, item.Line + 1, ContainerTokens(item), fromHeading: false);
            CloseEntry();
        }
    }

    private void VisitQuote(QuoteBlock quote)
    {
        var tokens = ContainerTokens(quote);
        if (!header.HasSource && section is null && header.TrySetSource(tokens))
        {
            return;
        }

        if (entry is not null && section is { } current)
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
