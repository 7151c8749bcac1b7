namespace DigestBot.Languages;

/// <summary>
/// The marker the bot's fixed texts are found by: Texts.resx (English) and Texts.zh.resx (Chinese) beside this file.
/// A feature of its own, used by Commands, Subscribers, Telegram and Posts alike (Posts may not use Commands).
/// </summary>
public sealed class Texts
{
    private Texts()
    {
    }
}
