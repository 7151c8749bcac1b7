using System.Text;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Damaged copies of the real digests, reproducible from a seed: cut, lines shuffled or dropped, bytes flipped,
/// Markdown characters and layout fragments put in, lines nested deep or repeated into one huge line.
/// </summary>
internal sealed class CorpusMutator(IReadOnlyList<string> corpus, int seed)
{
    private const string MarkdownChars = "*_[]()#!<>`\\&\n -—【】|~=+.:/\u3000";

    private static readonly string[] Fragments =
    [
        "# 1.机器学习论文", "# 2.技术文章", "# 4.其他主题", "### 编辑推荐", "# 过去的时事通讯", "[## 标题", "### blurb",
        "site](https://medium.com/x?source=a)", "[](https://medium.com/p/abc)", "**——**", "[2104.09044]标题", "【标题】 正文。",
        "[https://arxiv.org/abs/2010.01412](https://bit.ly/abc)", "     indented code", "***", "- ***", "> 原文：<https://medium.com/x>",
        "[**标题**](https://example.org/a?utm_source=x)**——**[**arxiv.org**](https://arxiv.org/abs/2101.08987)", "T3", "图片引自本文",
        "<div>html</div>", "```", "&amp; &#x3000; \\* \\[", "`code [x](y)`", "![](img/a.png) **", "2020 年第 23 周(6 月 6 日~)", "— #18",
        "# 机器学习论文", "https://www . ecva . net/papers/eccv _ 2020/paper . php", "\u2028 a\u00a0b  c\t", "[a]: https://ref.org", "[ref][a]",
    ];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var text = corpus[_random.Next(corpus.Count)];
        var lines = text.Split('\n').ToList();
        switch (_random.Next(10))
        {
            case 0:
                var start = _random.Next(text.Length);
                return Encoding.UTF8.GetBytes(text.Substring(start, _random.Next(text.Length - start + 1)));
            case 1:
                return FlipBytes(Encoding.UTF8.GetBytes(text));
            case 2:
                return Encoding.UTF8.GetBytes(WithMarkdownChars(text));
            case 3:
                Repeat(30, () => Swap(lines, _random.Next(lines.Count), _random.Next(lines.Count)));
                break;
            case 4:
                Repeat(12, () => lines.Insert(_random.Next(lines.Count + 1), Fragments[_random.Next(Fragments.Length)]));
                break;
            case 5:
                Nest(lines);
                break;
            case 6:
                var at = _random.Next(lines.Count);
                lines[at] = string.Concat(Enumerable.Repeat(lines[at] + (_random.Next(2) == 0 ? " " : "*["), _random.Next(50, 800)));
                break;
            case 7:
                Repeat(40, () => lines.RemoveAt(_random.Next(lines.Count)), () => lines.Count > 1);
                break;
            case 8:
                var other = corpus[_random.Next(corpus.Count)].Split('\n');
                lines = [.. lines.Take(_random.Next(lines.Count)), .. other.Skip(_random.Next(other.Length))];
                break;
            default:
                string[] markers = ["# ", "## ", "### ", "> ", "- ", "    ", " ", "* ", "1. ", "**", "*", "["];
                Repeat(30, () => { var line = _random.Next(lines.Count); lines[line] = markers[_random.Next(markers.Length)] + lines[line]; });
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        Repeat(5, () => bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256));
        return bytes;
    }

    private string WithMarkdownChars(string text)
    {
        var sb = new StringBuilder(text);
        Repeat(40, () =>
        {
            var (at, c) = (_random.Next(sb.Length), MarkdownChars[_random.Next(MarkdownChars.Length)]);
            if (_random.Next(2) == 0)
            {
                sb[at] = c;
            }
            else
            {
                sb.Insert(at, c);
            }
        });
        return sb.ToString();
    }

    /// <summary>A run of lines nested a few or thousands of levels deep, by quotes, list markers or indentation.</summary>
    private void Nest(List<string> lines)
    {
        var depth = _random.Next(2) == 0 ? _random.Next(5, 200) : _random.Next(200, 1500);
        var marker = new[] { "> ", "- ", "  ", "\t", "* ", "1. " }[_random.Next(6)];
        var at = _random.Next(lines.Count);
        for (var k = 0; k < _random.Next(1, 30) && at + k < lines.Count; k++)
        {
            lines[at + k] = string.Concat(Enumerable.Repeat(marker, _random.Next(2) == 0 ? depth : k * 3)) + lines[at + k];
        }
    }

    /// <summary>Does the action once and up to <paramref name="most"/> times, while <paramref name="condition"/> holds.</summary>
    private void Repeat(int most, Action action, Func<bool>? condition = null)
    {
        for (var n = _random.Next(1, most + 1); n > 0 && (condition?.Invoke() ?? true); n--)
        {
            action();
        }
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);
}
