using System.Text;
using DigestBot.Digests;
using Markdig.Syntax;

namespace DigestBot.Tests.Digests;

/// <summary>
/// The parser reads most blocks without Markdig's inline parse: plain text (<see cref="LazyInlines.IsPlainText"/>), and
/// text with whole-word emphasis, plain links and autolinks (TokenReader.TryReadSimple); a paragraph of images only is
/// not read at all (<see cref="LazyInlines.ShowsOnlyImages"/>). Each shortcut promises exactly what Markdig's inline
/// tree gives. These tests hold them to it: every block of the real corpus, and lines generated from the characters
/// the shortcuts decide on, are read both ways and must give the same tokens. If a Markdig update changes its inline
/// rules, this is the test that says so.
/// </summary>
public sealed class InlineShortcutTests
{
    /// <summary>Pieces of the lines generated: every character a shortcut tests, in the shapes the digests use.</summary>
    private static readonly string[] Pieces =
    [
        "*", "*", "**", "***", "****", "[", "]", "(", ")", "](", "[](", "!", "![](img/a.png)", "_", "&", ";", "&amp;",
        " ", " ", "a", "b", "中", "文", "。", "“", "”", "-", "\n", "\n", "http://x.y/z", "?a=1&b_c=2", "%27", "\\", "`",
        "<", ">", "🌟", "\t", "#", "1", ".", ",", ":", "\u3000", "'", "\"", "x_y", "a*b", "*a*", "**b**", "[t](http://a.b)",
        "[](http://c.d/e_f?g=h&i=j)", "*t*[u](http://v.w)", "[**h**](https://a.b/c?utm_source=x&utm_medium=y)",
        "<http://a.b/c_d?e=1&f>", "<https://x.y>", "<http://a@b>", "原文：<https://m.c/a?s=c---1-->", "[## 标题",
    ];

    /// <summary>Pieces of generated paragraphs around images, where one char decides between images only and text.</summary>
    private static readonly string[] ImagePieces =
    [
        "![](img/a.png)", "![](img/a.png)", "![](b-1_c.jpg)", "*", "**", " ", "\t", "\n", "x", "！", "![x](a.png)", "![](a b.png)",
        "![](a(b).png)", "![](a&amp;b.png)", "![]()", "![](a.png", "[](a.png)", "\\", "_", "<", "#",
    ];

    [Fact]
    public void Every_corpus_block_taken_by_a_shortcut_reads_as_Markdig_inline_tree_does()
    {
        var taken = new Counts();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Corpus, "*.md"))
        {
            Compare(File.ReadAllText(path), Path.GetFileName(path), taken);
        }

        // The shortcuts must be what reads most of the corpus, or this test checks little.
        Assert.True(taken.Plain > 300 && taken.Simple > 300 && taken.Images > 20, taken.ToString());
    }

    [Fact]
    public void Generated_lines_taken_by_a_shortcut_read_as_Markdig_inline_tree_does()
    {
        var random = new Random(20261128);
        var taken = new Counts();
        for (var i = 0; i < 20_000; i++)
        {
            var pieces = i % 4 == 0 ? ImagePieces : Pieces;
            var text = new StringBuilder();
            for (var n = random.Next(1, 14); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Compare(text.ToString(), $"generated #{i}", taken);
        }

        Assert.True(taken.Plain > 1000 && taken.Simple > 1000 && taken.Images > 100, taken.ToString());
    }

    [Theory]
    [InlineData("*EigenGame：PCA 作为纳什均衡*")]
    [InlineData("[**AI 新闻**](https://a.b/c?utm_source=x&utm_medium=y)**——**[**arxiv.org**](https://arxiv.org/abs/2010.00554)")]
    [InlineData("原文：<https://medium.com/@akichan_f/a-1>")]
    [InlineData("a*b*c d_e f&g;h")]
    [InlineData("**a*b** [x](y z) *a\nb*")]
    public void Digest_shaped_lines_read_as_Markdig_inline_tree_does(string line) => Compare(line, line, new Counts());

    /// <summary>
    /// Reads every leaf block of the text as the parser does, then again with Markdig's inline parse forced first, and
    /// asserts both readings give the same tokens; counts the blocks each shortcut took.
    /// </summary>
    private static void Compare(string markdown, string name, Counts taken)
    {
        var shortcut = new List<(string Tokens, string Way)>();
        using (LazyInlines.Parse(markdown, out var document))
        {
            foreach (var block in document.Descendants<LeafBlock>())
            {
                var images = block is ParagraphBlock paragraph && LazyInlines.ShowsOnlyImages(paragraph);
                var plain = LazyInlines.IsPlainText(block);
                var tokens = Describe(TokenReader.Read(block));
                shortcut.Add((tokens, images ? "images" : plain ? "plain" : block.Inline is null && block is ParagraphBlock or HeadingBlock ? "simple" : "markdig"));
            }
        }

        using (LazyInlines.Parse(markdown, out var document))
        {
            var i = 0;
            foreach (var block in document.Descendants<LeafBlock>())
            {
                LazyInlines.Ensure(block);
                var tokens = TokenReader.Read(block);
                var (fast, way) = shortcut[i++];
                if (way == "images")
                {
                    // Not read at all: Markdig's reading must hold nothing but images, breaks and blank text.
                    Assert.True(tokens.TrueForAll(t => t.Kind is TokenKind.Image or TokenKind.Break || t.Kind == TokenKind.Text && t.IsBlank),
                        $"{name}, line {block.Line + 1}: an images-only paragraph reads as {Describe(tokens)}");
                    taken.Images++;
                    continue;
                }

                Assert.True(fast == Describe(tokens), $"{name}, line {block.Line + 1} ({way}):\n shortcut {fast}\n markdig  {Describe(tokens)}");
                taken.Plain += way == "plain" ? 1 : 0;
                taken.Simple += way == "simple" ? 1 : 0;
            }

            Assert.Equal(shortcut.Count, i);
        }
    }

    private static string Describe(List<Token> tokens) =>
        string.Concat(tokens.Select(t => $"[{t.Kind} '{t.Text}' {t.Url} {(t.Italic ? "i" : "")}{(t.Bold ? "b" : "")}]"));

    private sealed class Counts
    {
        public int Plain { get; set; }

        public int Simple { get; set; }

        public int Images { get; set; }

        public override string ToString() => $"blocks read as plain text {Plain}, as simple lines {Simple}, images only {Images}";
    }
}
