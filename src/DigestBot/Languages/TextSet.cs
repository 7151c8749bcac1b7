using System.Globalization;
using Microsoft.Extensions.Localization;

namespace DigestBot.Languages;

/// <summary>
/// One language's texts. The culture is given explicitly, not taken from the thread: IStringLocalizer reads
/// CurrentUICulture, so each lookup sets it and puts it back within one synchronous call. No await happens while
/// it is set, so concurrent answers (one per chat, side by side) never see each other's language.
/// </summary>
public sealed class TextSet(IStringLocalizer localizer, CultureInfo culture)
{
    /// <summary>"zh" or "en".</summary>
    public string Language => culture.TwoLetterISOLanguageName;

    /// <summary>The text with that key; a missing key shows as the key itself (and fails the resource test).</summary>
    public string this[string key]
    {
        get
        {
            var before = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = culture;
                return localizer[key].Value;
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }

    /// <summary>The text with its {0}, {1}… filled in (numbers written the invariant way).</summary>
    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, this[key], arguments);
}
