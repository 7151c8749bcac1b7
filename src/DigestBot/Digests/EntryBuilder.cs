using System.Text;

namespace DigestBot.Digests;

/// <summary>Collects one entry from the blocks that follow its headline.</summary>
internal sealed class EntryBuilder(Section section, int line, string headline, string? headlineUrl, bool fromHeading)
{
    private readonly List<string> cardUrls = [];
    private readonly List<string> bodyLinks = [];
    private readonly StringBuilder summary = new();
    private string? title;
    private string? cardTitle;
    private string? titleUrl;
    private string? bracketId;
    private bool titleMayContinue;

    public bool FromHeading => fromHeading;

    public int Line => line;

    public bool HasLink => headlineUrl is not null || titleUrl is not null || cardUrls.Count > 0 || bodyLinks.Count > 0;

    public void AddCards(IEnumerable<string> urls, IEnumerable<string> titles)
    {
        cardUrls.AddRange(urls);
        cardTitle ??= titles.FirstOrDefault(t => t.Length > 0);
    }

    public void AddLinks(IEnumerable<string> urls) => bodyLinks.AddRange(urls);

    /// <summary>Reads a paragraph (already free of embed cards) line by line.</summary>
    public void AddParagraph(List<Token> tokens)
    {
        foreach (var tokenLine in Lines.Split(tokens))
        {
            AddLine(tokenLine);
        }

        titleMayContinue = false;
    }

    /// <summary>Text of a list inside an entry: summary text and links.</summary>
    public void AddListItem(List<Token> tokens)
    {
        titleMayContinue = false;
        foreach (var tokenLine in Lines.Split(tokens))
        {
            AddSummary(tokenLine);
        }
    }

    private void AddLine(List<Token> tokens)
    {
        var visible = Lines.VisibleText(tokens);
        if (visible.Length == 0 || Text.IsArtefact(visible))
        {
            return;
        }

        if (!tokens.Any(t => t.Kind == TokenKind.Link) && BareUrls.IsWholeUrl(visible.Trim('【', '】')))
        {
            var url = BareUrls.Find(visible).First();
            if (titleMayContinue || title is null && summary.Length == 0)
            {
                titleUrl ??= url;
            }
            else
            {
                bodyLinks.Add(url);
            }

            titleMayContinue = false;
            return;
        }

        if (titleMayContinue && ContinueTitle(tokens))
        {
            return;
        }

        titleMayContinue = false;
        if (title is null && summary.Length == 0 && TitleLine.TryRead(tokens, visible) is { } read)
        {
            title = read.Title.Length > 0 ? read.Title : null;
            bracketId ??= read.ArxivId;
            titleUrl ??= read.Urls.FirstOrDefault();
            bodyLinks.AddRange(read.Urls.Skip(1));
            titleMayContinue = read.OpenEnded;
            return;
        }

        if (tokens.All(t => t.IsBlank || t.Kind == TokenKind.Link && Lines.IsAddressLabel(t)))
        {
            bodyLinks.AddRange(tokens.Where(t => t.Kind == TokenKind.Link).Select(t => t.Url!));
            return;
        }

        if (IsImageCredit(visible))
        {
            bodyLinks.AddRange(tokens.Where(t => t.Kind == TokenKind.Link).Select(t => t.Url!));
            return;
        }

        AddSummary(tokens);
    }

    /// <summary>"*title part*" then "[url](url)the rest of the title": the translator split a title around its link.</summary>
    private bool ContinueTitle(List<Token> tokens)
    {
        var first = tokens.FirstOrDefault(t => !t.IsBlank);
        if (first.Kind != TokenKind.Link)
        {
            return false;
        }

        var rest = Lines.VisibleText(tokens.SkipWhile(t => t.IsBlank).Skip(1));
        if (rest.Length > 80 || rest.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        titleUrl ??= first.Url;
        var label = Lines.IsAddressLabel(first) ? "" : Text.Clean(first.Text);
        var addition = Text.CleanLabel(label + (label.Length > 0 && rest.Length > 0 && !Text.IsCjk(rest[0]) ? " " : "") + rest);
        if (addition.Length > 0)
        {
            var sb = new StringBuilder(title ?? "");
            Text.AppendRunning(sb, addition);
            title = sb.ToString();
        }

        titleMayContinue = false;
        return true;
    }

    private void AddSummary(List<Token> tokens)
    {
        var sb = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Link)
            {
                bodyLinks.Add(token.Url!);
            }

            if (token.Kind == TokenKind.Text)
            {
                bodyLinks.AddRange(BareUrls.Find(token.Text));
            }

            if (token.Kind is TokenKind.Text or TokenKind.Link)
            {
                sb.Append(token.Text);
            }
        }

        var text = Text.Clean(sb.ToString());
        if (text.Length > 0 && !Text.IsArtefact(text))
        {
            Text.AppendRunning(summary, text);
        }
    }

    private static bool IsImageCredit(string visible) =>
        visible.Length < 60 && (visible.StartsWith("图片", StringComparison.Ordinal)
            || visible.StartsWith("这张图片", StringComparison.Ordinal)
            || visible.StartsWith("image", StringComparison.OrdinalIgnoreCase));

    public DigestEntry Build(string? baseUrl)
    {
        var candidates = new[] { headlineUrl, titleUrl }.Concat(cardUrls).Concat(bodyLinks)
            .Select(u => CanonicalUrl.Normalize(u, baseUrl))
            .Where(u => u is not null && u.Contains("://", StringComparison.Ordinal))
            .Select(u => u!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var primary = candidates.FirstOrDefault();
        var arxiv = CanonicalUrl.ArxivId(primary) ?? bracketId;
        // A headline lost in translation ("[](url)——[arxiv.org](url)"): the paper title, else the embed card's title.
        var shown = headline.Length > 0 ? headline : title ?? cardTitle ?? "";
        return new DigestEntry(section, shown, title, arxiv, primary, candidates.Skip(1).ToList(), summary.ToString(), line);
    }
}
