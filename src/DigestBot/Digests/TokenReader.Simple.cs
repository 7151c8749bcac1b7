using System.Buffers;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>
/// The common lines that are not plain text, read without Markdig's inline parse: plain text with emphasis around
/// plain words ("*EigenGame: PCA 作为纳什均衡*") and links with a plain label and address
/// ("[https://arxiv.org/abs/2010.00554](https://arxiv.org/abs/2010.00554)"). Any other line leaves the block to
/// Markdig. The tokens are the ones <see cref="Walk"/> makes of Markdig's tree for such a line:
/// <list type="bullet">
/// <item>Text holds no char an inline parser may match at (<see cref="LazyInlines.NextParsed"/>) but the "*", "[" and "&lt;" read
/// here: it is literals, and so is a label, which holds none of them.</item>
/// <item>"&lt;http://address&gt;" is an autolink, its address as it stands (of <see cref="LinkAddressChars"/> but "@",
/// so no mail address).</item>
/// <item>"[label](address)" not after a "!" is an inline link: the address is non-empty, of <see cref="LinkAddressChars"/>
/// only (no white space, bracket, quote, escape or entity) and closed by ")", and the label is plain text, bare or
/// emphasized whole (<see cref="TryLabel"/>). No "[" is left open to pair with a later "]", but one on the block's last
/// line that no "]" follows, which Markdig leaves as text.</item>
/// <item>A run of n stars, plain text, a run of n stars, on one line: the first run can open and the second close, by
/// Markdig's own flanking test. No other star is in the block (but a run ending it that can only close, which pairs
/// with nothing), so each closer's nearest opener is its own, and runs of equal length pair whole: emphasis n deep in
/// pairs and singles, italic when n is odd and bold when n is 2 or more.</item>
/// </list>
/// Lines neither begin nor end with white space, so Markdig's literal parser trims nothing and a soft break joins them.
/// </summary>
internal sealed partial class TokenReader
{
    /// <summary>The chars of a link's address read here: ASCII letters, digits and "-._~:/?#@!$&amp;+,=%".</summary>
    private static readonly SearchValues<char> LinkAddressChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&+,=%");

    /// <summary>Reads the block's lines as above into the tokens; false, with no tokens, when a line is not of that kind.</summary>
    private bool TryReadSimple(LeafBlock block)
    {
        var lines = block.Lines.Lines;
        var count = block.Lines.Count;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                Add(Token.Break);
            }

            if (!TryReadSimpleLine(lines[i].Slice, first: i == 0, last: i == count - 1))
            {
                tokens.Clear();
                run.Clear();
                runLength = 0;
                return false;
            }
        }

        Flush();
        return true;
    }

    private bool TryReadSimpleLine(StringSlice slice, bool first, bool last)
    {
        var line = slice.AsSpan();
        if (line.IsEmpty || Text.IsWhiteSpace(line[0]) || Text.IsWhiteSpace(line[^1]))
        {
            return false;
        }

        var plain = 0; // where the text not yet added starts
        var at = LazyInlines.NextParsed(line, 0);
        while (at < line.Length)
        {
            int end;
            if (line[at] == '[' && (at == 0 || line[at - 1] != '!'))
            {
                if (TryLink(line, at, out end, out var label, out var url))
                {
                    AppendPlain(slice, plain, at);
                    Add(new Token(TokenKind.Link, label, url, italic: false, bold: false));
                    plain = end;
                }
                else if (last && !line[at..].Contains(']'))
                {
                    end = at + 1; // a "[" that no "]" follows is text, as a card's "[## title" is
                }
                else
                {
                    return false;
                }
            }
            else if (line[at] == '*')
            {
                if (TryEmphasis(line, at, first, last, out end, out var stars))
                {
                    AppendPlain(slice, plain, at);
                    Append(slice.Text, slice.Start + at + stars, end - at - 2 * stars, italic: stars % 2 == 1, bold: stars >= 2);
                    plain = end;
                }
                else if (last && IsUnpairedCloser(line, at))
                {
                    // Markdig leaves it as text of its own, which the walk drops when it is two stars or more (IsStarRun).
                    if (line.Length - at >= 2)
                    {
                        AppendPlain(slice, plain, at);
                        plain = line.Length;
                    }

                    end = line.Length;
                }
                else
                {
                    return false;
                }
            }
            else if (line[at] == '<' && TryAutolink(line, at, out end, out var address))
            {
                AppendPlain(slice, plain, at);
                Add(new Token(TokenKind.Link, address, address, italic: false, bold: false));
                plain = end;
            }
            else
            {
                return false;
            }

            at = LazyInlines.NextParsed(line, end);
        }

        AppendPlain(slice, plain, line.Length);
        return true;
    }

    /// <summary>
    /// A run of stars that ends the block and can close but not open: every star before it is paired, so it pairs with
    /// none and stays text.
    /// </summary>
    private static bool IsUnpairedCloser(ReadOnlySpan<char> line, int at)
    {
        if (at == 0 || line[at..].ContainsAnyExcept('*'))
        {
            return false;
        }

        var (canOpen, canClose) = Flanking(line[at - 1], '\0');
        return canClose && !canOpen;
    }

    /// <summary>Adds the text from <paramref name="from"/> up to <paramref name="to"/> in the line, if any (Markdig makes no empty literal).</summary>
    private void AppendPlain(StringSlice slice, int from, int to)
    {
        if (to > from)
        {
            Append(slice.Text, slice.Start + from, to - from, italic: false, bold: false);
        }
    }

    /// <summary>"[label](address)" at <paramref name="at"/>, ending before <paramref name="end"/>.</summary>
    private static bool TryLink(ReadOnlySpan<char> line, int at, out int end, out string label, out string url)
    {
        (end, label, url) = (0, "", "");
        var close = line[(at + 1)..].IndexOf(']');
        if (close < 0)
        {
            return false;
        }

        close += at + 1;
        var text = line[(at + 1)..close];
        var address = close + 2;
        if (address >= line.Length || line[close + 1] != '(' || !TryLabel(text, out var shown))
        {
            return false;
        }

        var length = line[address..].IndexOfAnyExcept(LinkAddressChars);
        if (length <= 0 || line[address + length] != ')')
        {
            return false;
        }

        (end, label, url) = (address + length + 1, shown, line.Slice(address, length).ToString());
        return true;
    }

    /// <summary>"&lt;http://…&gt;" or "&lt;https://…&gt;" at <paramref name="at"/>: an autolink, its address of <see cref="LinkAddressChars"/> but "@".</summary>
    private static bool TryAutolink(ReadOnlySpan<char> line, int at, out int end, out string address)
    {
        (end, address) = (0, "");
        var rest = line[(at + 1)..];
        var length = rest.IndexOfAnyExcept(LinkAddressChars);
        if (!(rest.StartsWith("http://", StringComparison.Ordinal) || rest.StartsWith("https://", StringComparison.Ordinal))
            || length < 0 || rest[length] != '>' || rest[..length].Contains('@'))
        {
            return false;
        }

        (end, address) = (at + length + 2, rest[..length].ToString());
        return true;
    }

    /// <summary>
    /// The text a link's label shows: plain text, or plain text between two runs of stars of one length that can open
    /// and close (the "[" and "]" around them are the chars Markdig's flanking test sees). Markdig pairs the label's
    /// emphasis when it makes the link; the label's text is the text inside it.
    /// </summary>
    private static bool TryLabel(ReadOnlySpan<char> label, out string shown)
    {
        shown = "";
        if (label.IsEmpty)
        {
            return true; // "[](url)", as a card's first link is
        }

        var stars = label.IndexOfAnyExcept('*');
        if (stars < 0 || label.Length - 1 - label.LastIndexOfAnyExcept('*') != stars)
        {
            return false;
        }

        var inner = label[stars..^stars];
        if (stars > 0)
        {
            if (!Flanking('[', inner[0]).CanOpen || !Flanking(inner[^1], ']').CanClose)
            {
                return false;
            }
        }

        if (LazyInlines.NextParsed(inner, 0) < inner.Length)
        {
            return false;
        }

        shown = inner.ToString();
        return true;
    }

    /// <summary>A run of stars at <paramref name="at"/>, plain text and a run as long, ending before <paramref name="end"/>.</summary>
    private static bool TryEmphasis(ReadOnlySpan<char> line, int at, bool first, bool last, out int end, out int stars)
    {
        end = 0;
        stars = line[at..].IndexOfAnyExcept('*');
        if (stars < 0)
        {
            return false;
        }

        var inner = at + stars;
        var close = LazyInlines.NextParsed(line, inner);
        if (close == line.Length || line[close] != '*' || close == inner)
        {
            return false;
        }

        var closing = line[close..].IndexOfAnyExcept('*');
        end = closing < 0 ? line.Length : close + closing;
        if (end - close != stars)
        {
            return false;
        }

        // Markdig's flanking test, with the chars it sees: a break or the block's edge is '\n' or '\0' (both white
        // space), and the char before a block is white space or punctuation, for which the test gives the same opening.
        var before = at > 0 ? line[at - 1] : first ? '\0' : '\n';
        var after = end < line.Length ? line[end] : last ? '\0' : '\n';
        return Flanking(before, line[inner]).CanOpen && Flanking(line[close - 1], after).CanClose;
    }

    /// <summary>
    /// Whether a run of stars between <paramref name="before"/> and <paramref name="after"/> can open and close emphasis,
    /// by Markdig's own test. Neither, for half of a surrogate pair: the test takes whole chars, and such a line is left
    /// to Markdig.
    /// </summary>
    private static (bool CanOpen, bool CanClose) Flanking(char before, char after)
    {
        if (char.IsSurrogate(before) || char.IsSurrogate(after))
        {
            return (false, false);
        }

        CharHelper.CheckOpenCloseDelimiter(new Rune(before), new Rune(after), enableWithinWord: true, out var canOpen, out var canClose);
        return (canOpen, canClose);
    }
}
