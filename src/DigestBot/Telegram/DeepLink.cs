using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Commands;
using DigestBot.Commands.Handlers;

namespace DigestBot.Telegram;

/// <summary>
/// Links that open the bot on a week: https://t.me/DigestBot?start=w2020-43, which /start answers as /week 2020-43.
/// The channel's header post carries one, so a reader can go through the week in the chat, with its buttons.
/// </summary>
public static partial class DeepLink
{
    public static string? ForWeek(string username, string weekLabel) =>
        Week().Match(weekLabel) is { Success: true } match
            ? $"https://t.me/{username}?start={StartCommand.WeekPayload(Number(match.Groups["y"].Value), Number(match.Groups["w"].Value))}"
            : null;

    /// <summary>The header post with a last line that links the week in the bot; unchanged without a week or a username.</summary>
    public static string AddToHeader(string html, string? username, string weekLabel) =>
        username is not null && ForWeek(username, weekLabel) is { } link ? $"{html}\n{Html.Link(link, "Read this week in the bot")}" : html;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<y>\d{4})-W(?<w>\d{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Week();
}
