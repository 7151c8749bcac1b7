using System.Text;
using System.Text.RegularExpressions;
using DigestBot.Cli;
using DigestBot.Posts;

namespace DigestBot.Tests.Posts;

/// <summary>Randomised text of every kind never makes an over-limit, invalid-UTF-16 or badly escaped post.</summary>
public sealed partial class RandomPostTests
{
    private static readonly string[] Pieces =
    [
        "中文", "机器学习", "，", "。", "；", ",", ";", ". ", "Latin words ", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "e\u0301", "ñ", "שָׁלוֹם", "مرحبا",
        "\u200f", "<", ">", "&", "\"", "'", "&amp;", "<b>", " https://arxiv.org/abs/2010.01412 ", "example.com/path ", "#️⃣", "  ", "\n",
        "ｆｕｌｌ", "…", "1.5", "v2.0", "\u00a0",
    ];

    [Fact]
    public void Random_posts_stay_within_limits_and_well_formed()
    {
        var random = new Random(43);
        for (var round = 0; round < 400; round++)
        {
            var headline = RandomText(random, random.Next(0, 60));
            var sentence = RandomText(random, random.Next(0, 600));
            var url = random.Next(4) == 0 ? null : "https://example.org/p?q=" + random.Next() + (random.Next(2) == 0 ? "&x=\"<>\"" : "");
            foreach (var format in PostFormats.All)
            {
                var fitted = Shortener.Fit(new PostParts(headline, sentence, url), format);
                var (text, _) = format.Render(fitted);

                Assert.True(format.Measure(fitted) <= format.Limit, $"{format.Channel}: {format.Measure(fitted)} > {format.Limit}");
                Assert.True(IsValidUtf16(text), $"{format.Channel}: invalid UTF-16 in {text}");
                if (format is TelegramFormat)
                {
                    AssertWellEscaped(text);
                }
            }
        }
    }

    private static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only our tags, and every "&amp;" an entity Telegram knows.</summary>
    private static void AssertWellEscaped(string html)
    {
        var withoutTags = OurTags().Replace(html, "");
        Assert.DoesNotContain('<', withoutTags);
        Assert.DoesNotContain('>', withoutTags);
        Assert.Empty(BareAmpersand().Matches(withoutTags));
    }

    [GeneratedRegex("<b>|</b>|<a href=\"[^\"<>]*\">|</a>")]
    private static partial Regex OurTags();

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;)")]
    private static partial Regex BareAmpersand();
}
