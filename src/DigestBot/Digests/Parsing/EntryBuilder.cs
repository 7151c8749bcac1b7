using System.Text;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Collects one entry from its headline and the lines that follow it: the paper title (<see cref="PaperTitles"/>),
/// the links, and the prose as the summary.
/// </summary>
internal sealed partial class EntryBuilder(Section section, int line, string headline, string? headlineUrl, bool fromHeading)
{
    private readonly List<string> _cardUrls = [];
    private readonly List<string> _bodyLinks = [];
    private readonly StringBuilder _summary = new();
    private string? _title;
    private string? _titleUrl;
    private string? _cardTitle;
    private string? _bracketId;
    private bool _titleMayContinue;

    public bool FromHeading => fromHeading;

    public bool HasLink => headlineUrl is not null || _titleUrl is not null || _cardUrls.Count > 0 || _bodyLinks.Count > 0;

    public void AddCards(List<string> urls, List<string> titles)
    {
        _cardUrls.AddRange(urls);
        _cardTitle ??= titles.Find(t => t.Length > 0);
    }

    /// <summary>Adds the links after the first (the first is the headline's own).</summary>
    public void AddLinksAfterFirst(List<string> urls) => _bodyLinks.AddRange(urls.Skip(1));

    /// <summary>
    /// Reads a paragraph (already free of embed cards) line by line. Returns the lines from the first one that
    /// opens another item (a second "[2104.09044]title" after this entry's prose), or null when all were read.
    /// </summary>
    public List<List<Token>>? AddParagraph(List<List<Token>> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var visible = TokenLines.VisibleText(lines[i]);
            if (_title is not null && _summary.Length > 0 && PaperTitles.StartsWithArxivId(visible))
            {
                return lines.GetRange(i, lines.Count - i);
            }

            AddLine(lines[i], visible, i + 1 < lines.Count ? lines[i + 1] : null);
        }

        _titleMayContinue = false;
        return null;
    }

    /// <summary>Text of a list inside an entry: summary text and links.</summary>
    public void AddListItem(List<Token> tokens)
    {
        _titleMayContinue = false;
        foreach (var tokenLine in TokenLines.Split(tokens))
        {
            AddSummary(tokenLine, TokenLines.VisibleText(tokenLine));
        }
    }

    private void AddLine(List<Token> tokens, string visible, List<Token>? next)
    {
        if (visible.Length == 0 || Text.IsArtefact(visible))
        {
            return;
        }

        if (AddWholeUrl(tokens, visible))
        {
            return;
        }

        if (_titleMayContinue && ContinueTitle(tokens, visible))
        {
            return;
        }

        _titleMayContinue = false;
        if (_title is null && _summary.Length == 0 && ReadTitle(tokens, visible, next))
        {
            return;
        }

        if (TokenLines.IsAddressOnly(tokens) || IsImageCredit(visible))
        {
            _bodyLinks.AddRange(TokenLines.Links(tokens));
            return;
        }

        AddSummary(tokens, visible);
    }

    /// <summary>Adds a line of prose: its visible text to the summary, its links and the URLs written in its text to the links.</summary>
    private void AddSummary(List<Token> tokens, string visible)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Link)
            {
                _bodyLinks.AddRange(token.Urls);
            }
            else if (token.Kind == TokenKind.Text)
            {
                _bodyLinks.AddRange(BareUrls.Find(token.Text));
            }
        }

        AppendSummary(visible);
    }

    /// <summary>Appends text that is already clean (a line's visible text).</summary>
    private void AppendSummary(string text)
    {
        if (text.Length > 0 && !Text.IsArtefact(text))
        {
            Text.AppendRunning(_summary, text);
        }
    }

    /// <summary>"图片引自本文", "图和标题摘自上述论文": where an image came from, not what the entry says.</summary>
    private static bool IsImageCredit(string visible) =>
        visible.Length < 40
        && (visible.StartsWith('图') || visible.StartsWith("这张图", StringComparison.Ordinal)
            || visible.StartsWith("image", StringComparison.OrdinalIgnoreCase) || visible.StartsWith("figure", StringComparison.OrdinalIgnoreCase))
        && (visible.Contains("引自", StringComparison.Ordinal) || visible.Contains("摘自", StringComparison.Ordinal)
            || visible.Contains("来自", StringComparison.Ordinal) || visible.Contains("from", StringComparison.OrdinalIgnoreCase));
}
