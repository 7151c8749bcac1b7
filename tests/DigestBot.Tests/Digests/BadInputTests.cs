using System.Text;
using DigestBot.Digests;
using DigestBot.Digests.Parsing;

namespace DigestBot.Tests.Digests;

/// <summary>Whatever the file holds, the parser returns a digest and a readable problem; it never throws or hangs.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Empty_file_says_no_title_was_found()
    {
        var parsed = DigestParser.Parse("empty.md", "");

        Assert.Empty(parsed.Digest.Entries);
        Assert.Equal(new ParseProblem("empty.md", 1, "no title found: the file has no heading or text"), Assert.Single(parsed.Problems));
    }

    [Fact]
    public void Binary_junk_is_refused_as_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var parsed = DigestFile.Parse("junk.md", bytes);

        Assert.Empty(parsed.Digest.Entries);
        Assert.Contains("binary data", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_without_nul_bytes_is_refused_as_not_utf8()
    {
        var parsed = DigestFile.Parse("latin1.md", [0x23, 0x20, 0xE9, 0x74, 0xE9, 0x0A]);

        Assert.Contains("not UTF-8 text", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_megabyte_file_is_refused_with_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"digestbot-big-{Guid.NewGuid():N}.md");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(20 * 1024 * 1024);
            }

            var parsed = DigestFile.Read(path);

            Assert.Empty(parsed.Digest.Entries);
            Assert.Equal("the file is 20.0 MB; a digest is at most 4 MB, so it was not parsed", Assert.Single(parsed.Problems).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void File_just_under_the_limit_is_parsed()
    {
        var sb = new StringBuilder("# 2020 年第 43 周\n\n# 1.机器学习论文\n\n");
        for (var i = 0; sb.Length < 3 * 1024 * 1024; i++)
        {
            sb.Append("# 条目 ").Append(i).Append("\n\n[https://arxiv.org/abs/2010.01412](https://arxiv.org/abs/2010.01412)\n\n摘要。\n\n");
        }

        var parsed = DigestParser.Parse("large.md", sb.ToString());

        Assert.True(parsed.Digest.Entries.Count > 10_000);
        Assert.Empty(parsed.Problems);
    }

    [Theory]
    [InlineData("-   ***")] // a list item holding a thematic break
    [InlineData("> ***")] // a quote holding one
    public void A_thematic_break_inside_a_list_or_quote_is_skipped_not_fatal(string container)
    {
        var text = $"# 2020 年第 43 周\n\n# 1.机器学习论文\n\n## 用语言建模的定理证明\n\nhttps://arxiv.org/abs/2009.03393\n\n{container}\n";

        var parsed = DigestParser.Parse("leaf.md", text);

        Assert.Empty(parsed.Problems);
        var entry = Assert.Single(parsed.Digest.Entries);
        Assert.Equal("用语言建模的定理证明", entry.Headline);
        Assert.Equal("https://arxiv.org/abs/2009.03393", entry.Url);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    public void Ten_thousand_nested_levels_give_a_problem_not_a_crash(string marker)
    {
        var text = "# 2020 年第 43 周\n\n" + string.Concat(Enumerable.Repeat(marker, 10_000)) + "deep\n";

        var parsed = DigestParser.Parse("deep.md", text);

        Assert.Empty(parsed.Digest.Entries);
        Assert.Contains(parsed.Problems, p => p.Message.Contains("nested too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void Indentation_nested_lists_give_a_problem_not_a_crash()
    {
        var text = string.Join('\n', Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- level " + i));

        var parsed = DigestParser.Parse("indent.md", text);

        Assert.Contains(parsed.Problems, p => p.Line == 34 && p.Message.StartsWith("1967 line(s) indented deeper than 64 columns", StringComparison.Ordinal));
    }

    [Fact]
    public void File_of_nothing_but_headings_reports_problems_and_caps_them()
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"# {i}.标题 {i}\n"));

        var parsed = DigestParser.Parse("headings.md", text);

        Assert.Empty(parsed.Digest.Entries);
        Assert.Contains(parsed.Problems, p => p.Message.Contains("names no week, month or issue", StringComparison.Ordinal));
        Assert.True(parsed.Problems.Count <= ProblemLog.Cap + 2);
        Assert.EndsWith("more problems not listed", parsed.Problems[^1].Message, StringComparison.Ordinal);
        Assert.Equal("headings.md", parsed.Problems[^1].File);
    }

    [Fact]
    public void Randomised_markdown_never_throws_and_every_url_is_canonical()
    {
        var random = new Random(20201018);
        string[] pieces =
        [
            "# ", "## ", "### ", "1.机器学习论文", "3.报纸", "2021 年第 7 周", "#第 29 期", "\n", "\n\n", "*", "**", "****", "[", "]", "(", ")",
            "[](https://arxiv.org/abs/2010.01412?utm_source=x)", "[**标题**](https://example.org/a?utm_medium=e)", "——", "【", "】",
            "[2104.09044]", "https://www . ecva . net/x . php", "![](img/a.png)", " [## 卡片", "site.com](https://site.com/p)", "T3",
            "> 原文：<https://medium.com/x>", "- ", "    ", "\t", "&amp;", "<b>", "`code`", "中文句子。", "English text. ", "😀👍🏽",
        ];

        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 200);
            for (var i = 0; i < count; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            var parsed = DigestParser.Parse($"random-{round}.md", sb.ToString());

            Assert.NotNull(parsed.Digest);
            foreach (var entry in parsed.Digest.Entries)
            {
                foreach (var url in entry.Links.Append(entry.Url).OfType<string>())
                {
                    Assert.DoesNotContain("utm_", url, StringComparison.Ordinal);
                    Assert.DoesNotContain(" ", url, StringComparison.Ordinal);
                    Assert.DoesNotContain("#", url, StringComparison.Ordinal);
                }
            }
        }
    }
}
