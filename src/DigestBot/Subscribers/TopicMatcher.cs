using System.Text;
using DigestBot.Digests;

namespace DigestBot.Subscribers;

/// <summary>
/// Whether a paper is about one of a chat's topics: its headline, title or summary holds the topic, case ignored.
/// A topic written in a script with spaces between words (Latin, Cyrillic, …) matches a whole word, so "gan" finds
/// "GAN" and "GANs" but not "organ"; a CJK topic matches anywhere, as those scripts write words without spaces.
/// Both sides are compared in NFKC, so full-width "ＧＡＮ" in a Chinese summary is "GAN".
/// </summary>
public static class TopicMatcher
{
    /// <summary>Whether the paper is about one of the topics; no topics: every paper.</summary>
    public static bool Matches(DigestEntry paper, IReadOnlyCollection<string> topics)
    {
        if (topics.Count == 0)
        {
            return true;
        }

        var texts = new[] { paper.Headline, paper.Title, paper.Summary };
        return topics.Any(t => texts.Any(text => Contains(text, t)));
    }

    public static bool Contains(string? text, string topic)
    {
        if (string.IsNullOrEmpty(text) || topic.Length == 0)
        {
            return false;
        }

        text = text.Normalize(NormalizationForm.FormKC);
        topic = topic.Normalize(NormalizationForm.FormKC);
        for (var at = text.IndexOf(topic, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(topic, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (StartsWord(text, at, topic) && EndsWord(text, at + topic.Length, topic))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWord(string text, int at, string topic) => !IsSpacedWordChar(topic[0]) || at == 0 || !IsSpacedWordChar(text[at - 1]);

    /// <summary>The word ends after the topic, or after a plural "s" ("GANs").</summary>
    private static bool EndsWord(string text, int end, string topic)
    {
        if (!IsSpacedWordChar(topic[^1]) || end == text.Length || !IsSpacedWordChar(text[end]))
        {
            return true;
        }

        return text[end] is 's' or 'S' && (end + 1 == text.Length || !IsSpacedWordChar(text[end + 1]));
    }

    /// <summary>A letter or digit of a script that separates words with spaces; CJK characters bound a word instead.</summary>
    private static bool IsSpacedWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

    private static bool IsCjk(char c) => c switch
    {
        >= '\u1100' and <= '\u11FF' => true, // Hangul Jamo
        >= '\u2E80' and <= '\u9FFF' => true, // CJK radicals, punctuation, kana, Hangul compatibility, Han
        >= '\uA960' and <= '\uA97F' => true,
        >= '\uAC00' and <= '\uD7FF' => true, // Hangul syllables
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\uFF66' and <= '\uFFDC' => true, // half-width kana and Hangul
        _ => false, // supplementary Han (surrogate pairs) is no letter to char.IsLetterOrDigit, so it bounds a word too
    };
}
