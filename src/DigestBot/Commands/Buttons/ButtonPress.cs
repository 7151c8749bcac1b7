using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Buttons;

/// <summary>
/// A press on a week's button: the week or picks it names, with their own buttons. Data the bot did not make
/// (forged, or from an older version) and weeks that are gone get a notice, never an exception; presses count
/// toward the per-user limit like commands.
/// </summary>
public sealed class ButtonPress(DigestCatalog catalog, UserRateLimit limit, BotTexts texts)
{
    /// <summary>The answer, its notices in the language of <paramref name="languageCode"/> (the presser's).</summary>
    public ButtonAnswer Answer(long userId, string? data, string? languageCode = null)
    {
        var say = texts.For(languageCode);
        if (WeekButtons.Read(data) is not { } pressed)
        {
            return ButtonAnswer.Notify(say["ButtonUnknown"]);
        }

        if (limit.Check(userId) != UserRateLimit.Verdict.Allow)
        {
            return ButtonAnswer.Notify(say["ButtonTooMany"]);
        }

        var digest = DigestLookup.Find(catalog.Digests, pressed.Spec);
        return digest switch
        {
            null => ButtonAnswer.Notify(say.Format("ButtonGone", pressed.Spec)),
            { Picks.Count: 0 } when pressed.Picks => ButtonAnswer.Notify(say.Format("NoPicksIn", digest.Label)),
            _ when pressed.Picks => new ButtonAnswer(catalog.Picks(digest, say), null),
            _ => new ButtonAnswer(catalog.Week(digest, say), null),
        };
    }
}
