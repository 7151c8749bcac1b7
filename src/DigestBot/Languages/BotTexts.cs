using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Languages;

/// <summary>
/// The bot's fixed texts in a person's language: <see cref="For"/> takes Telegram's language_code ("zh", "zh-hans",
/// "zh-TW": Chinese; anything else or none: English). Digest content is never translated.
/// </summary>
public sealed class BotTexts(IStringLocalizer<Texts> localizer)
{
    public const string English = "en";
    public const string Chinese = "zh";

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo(Chinese);
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(English);

    /// <summary>The same texts for code that is not built by the container (the static composers, tests).</summary>
    public static BotTexts Default { get; } = new(new StringLocalizer<Texts>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    public TextSet For(string? languageCode) =>
        new(localizer, Language(languageCode) == Chinese ? ChineseCulture : EnglishCulture);

    /// <summary>"zh" for any Chinese language code, else "en".</summary>
    public static string Language(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith(Chinese, StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
