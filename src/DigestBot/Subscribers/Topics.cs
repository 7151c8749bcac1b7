using System.Globalization;
using System.Text;
using DigestBot.Commands;
using DigestBot.Languages;

namespace DigestBot.Subscribers;

/// <summary>
/// The topics a chat follows, as typed after /subscribe or /unsubscribe: words split on spaces and commas, lower case,
/// each once, at most <see cref="MaxLength"/> characters (as a reader counts them: an emoji is one), at most
/// <see cref="MaxPerChat"/> a chat.
/// </summary>
public static class Topics
{
    public const int MaxPerChat = 20;
    public const int MaxLength = 40;

    private static readonly char[] Separators = [',', '，', '、', '；', ';'];

    /// <summary>The words typed, or why they are refused (HTML, escaped; English when no texts are given).</summary>
    public static (IReadOnlyList<string> Words, string? Refusal) Parse(string arguments, TextSet? texts = null)
    {
        texts ??= BotTexts.Default.For(null);
        var words = arguments.Split(Separators)
            .SelectMany(part => part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(w => w.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tooLong = words.FirstOrDefault(w => new StringInfo(w).LengthInTextElements > MaxLength);
        if (tooLong is not null)
        {
            return (words, texts.Format("TopicTooLong", MaxLength, Html.Escape(tooLong)));
        }

        return words.Count > MaxPerChat ? (words, TooMany(words.Count, texts)) : (words, null);
    }

    public static string TooMany(int count, TextSet texts) => texts.Format("TopicsTooMany", MaxPerChat, count);

    /// <summary>"gan, diffusion" in bold, escaped.</summary>
    public static string List(IEnumerable<string> topics) => string.Join(", ", topics.Select(Html.Bold));
}
