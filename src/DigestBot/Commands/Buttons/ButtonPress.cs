using DigestBot.Digests;

namespace DigestBot.Commands.Buttons;

/// <summary>
/// A press on a week's button: the week or picks it names, with their own buttons. Data the bot did not make
/// (forged, or from an older version) and weeks that are gone get a notice, never an exception; presses count
/// toward the per-user limit like commands.
/// </summary>
public sealed class ButtonPress(DigestCatalog catalog, UserRateLimit limit)
{
    public const string Unknown = "That button is not one I know; try /weeks.";
    public const string TooMany = "That is a lot of presses: try again in a minute.";

    public ButtonAnswer Answer(long userId, string? data)
    {
        if (WeekButtons.Read(data) is not { } pressed)
        {
            return ButtonAnswer.Notify(Unknown);
        }

        if (limit.Check(userId) != UserRateLimit.Verdict.Allow)
        {
            return ButtonAnswer.Notify(TooMany);
        }

        var digest = DigestLookup.Find(catalog.Digests, pressed.Spec);
        return digest switch
        {
            null => ButtonAnswer.Notify($"{pressed.Spec} is no longer there; /weeks lists the weeks that are."),
            { Picks.Count: 0 } when pressed.Picks => ButtonAnswer.Notify($"{digest.Label} has no editor's picks."),
            _ when pressed.Picks => new ButtonAnswer(catalog.Picks(digest), null),
            _ => new ButtonAnswer(catalog.Week(digest), null),
        };
    }
}
