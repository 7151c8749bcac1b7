using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DigestBot.Telegram;

/// <summary>Checks the Telegram settings; each message names the setting and never shows the token.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.BotToken) && !Token().IsMatch(options.BotToken))
        {
            errors.Add("Telegram:BotToken is malformed: expected the bot id, a colon and the secret, as BotFather gives it (123456789:AA…).");
        }

        if (string.IsNullOrEmpty(options.BotToken) && !string.IsNullOrEmpty(options.ChannelId))
        {
            errors.Add("Telegram:BotToken is missing: Telegram:ChannelId is set, so set the token too (environment variable Telegram__BotToken).");
        }

        if (!string.IsNullOrEmpty(options.ChannelId) && !Channel().IsMatch(options.ChannelId))
        {
            errors.Add($"Telegram:ChannelId \"{options.ChannelId}\" is not a channel: use @name (5-32 letters, digits, _) or a numeric chat id.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            errors.Add($"Telegram:ApiBaseUrl \"{options.ApiBaseUrl}\" is not an http(s) URL.");
        }

        if (options.ChannelMessagesPerMinute is < 1 or > 60)
        {
            errors.Add("Telegram:ChannelMessagesPerMinute must be between 1 and 60 (Telegram allows about 20 a minute to one chat).");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 600)
        {
            errors.Add("Telegram:RequestTimeoutSeconds must be between 1 and 600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex(@"^\d{1,16}:[A-Za-z0-9_-]{30,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(@[A-Za-z][A-Za-z0-9_]{4,31}|-?\d{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex Channel();
}
