using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>Lists (picks, or items of an entry) and quotes (the source line).</summary>
internal sealed partial class DocumentWalker
{
    private void VisitList(ListBlock list)
    {
        if (collectingPicks is not null && section is null)
        {
            foreach (var block in list)
            {
                if (block is ListItemBlock item && Picks.From(ItemTokens(item)) is { Text.Length: > 0 } pick)
                {
                    collectingPicks.Add(pick);
                }
            }

            collectingPicks = null;
            return;
        }

        if (section is not { } current)
        {
            return; // the table of contents, or a summary list in the intro
        }

        // Markdig's struct enumerator and a type test: OfType would box the enumerator and call through interfaces.
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var (tokens, line) = (ItemTokens(item), item.Line + 1);
            if (entry is not null)
            {
                entry.AddListItem(tokens);
                continue;
            }

            OpenEntry(current, line, tokens, fromHeading: false);
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
            AddLines(current, Lines.Split(tokens), quote.Line + 1);
        }
    }

    private List<Token> ItemTokens(ListItemBlock item) => ContainerTokens(item);

    /// <summary>The tokens of a list item or quote, in a list reused for the next one (each is read before the next).</summary>
    private List<Token> ContainerTokens(ContainerBlock container)
    {
        scratch.ContainerTokens.Clear();
        AddLeaves(container, scratch.ContainerTokens);
        return scratch.ContainerTokens;
    }

    /// <summary>The tokens of every leaf block in a container, one line each (nesting is bounded by Markdig's depth limit).</summary>
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

                tokens.AddRange(TokenReader.Read(leaf));
            }
            else if (block is ContainerBlock nested)
            {
                AddLeaves(nested, tokens);
            }
        }
    }
}
