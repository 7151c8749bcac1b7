using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using DigestBot.Languages;
using DigestBot.Tests.Fakes;

namespace DigestBot.Tests.Languages;

/// <summary>Texts.resx and Texts.zh.resx: the same keys, the same placeholders, valid Telegram HTML.</summary>
public sealed partial class TextsTests
{
    private static readonly ResourceManager Resources = new("DigestBot.Languages.Texts", typeof(Texts).Assembly);

    [Fact]
    public void Every_english_text_has_a_chinese_translation_and_no_more()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(chinese, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(chinese[pair.Key])));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Every_text_is_valid_telegram_html_once_filled_in(string language)
    {
        var texts = BotTexts.Default.For(language);
        foreach (var key in Read(CultureInfo.InvariantCulture).Keys)
        {
            var (visible, error) = TelegramHtml.Parse(texts.Format(key, "a", 2, 3));
            Assert.True(error is null && !string.IsNullOrWhiteSpace(visible), $"{language} {key}: {error}");
        }
    }

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("zh-hans", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("en", "en")]
    [InlineData("ja", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_language_code_picks_chinese_or_english(string? code, string language) =>
        Assert.Equal(language, BotTexts.Language(code));

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
