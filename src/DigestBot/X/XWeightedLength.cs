using System.Globalization;
using System.Text;
using DigestBot.Posts;

namespace DigestBot.X;

/// <summary>
/// The length X counts for a post (twitter-text's weighted length): the text normalised to NFC, each URL as
/// 23 characters, each code point by the weight of its range, and (v3) each emoji sequence as two.
/// </summary>
public static class XWeightedLength
{
    public static int Count(string text, XTextConfig? config = null)
    {
        config ??= XTextConfig.V3;
        var normalized = Nfc(text);
        var weight = 0;
        var at = 0;
        foreach (var url in XUrls.Find(normalized))
        {
            weight += Weigh(normalized, at, url.Start, config);
            var asUrl = config.TransformedUrlLength * config.Scale;
            weight += url.Certain ? asUrl : Math.Max(asUrl, Weigh(normalized, url.Start, url.Start + url.Length, config));
            at = url.Start + url.Length;
        }

        weight += Weigh(normalized, at, normalized.Length, config);
        return weight / config.Scale;
    }

    /// <summary>NFC, keeping as they are the characters ICU refuses to normalise (U+FFFE, U+FFFF, lone surrogates).</summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var sb = new StringBuilder(text.Length);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !IsRefused(text, i))
                {
                    continue;
                }

                sb.Append(text.AsSpan(start, i - start).ToString().Normalize(NormalizationForm.FormC));
                if (i < text.Length)
                {
                    sb.Append(text[i]);
                }

                start = i + 1;
            }

            return sb.ToString();
        }
    }

    private static bool IsRefused(string text, int i) =>
        text[i] is '\uFFFE' or '\uFFFF'
        || (char.IsHighSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
        || (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));

    private static int Weigh(string text, int start, int end, XTextConfig config)
    {
        var weight = 0;
        var i = start;
        while (i < end)
        {
            if (config.EmojiParsingEnabled)
            {
                var element = StringInfo.GetNextTextElementLength(text.AsSpan(i, end - i));
                if (Emoji.IsEmoji(text.AsSpan(i, element)))
                {
                    weight += config.DefaultWeight;
                    i += element;
                    continue;
                }
            }

            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            weight += config.WeightOf(codePoint);
            i += codePoint > 0xFFFF ? 2 : 1;
        }

        return weight;
    }
}
