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

        if (options.AdminIds.FirstOrDefault(id => id <= 0, 1) is var bad and <= 0)
        {
            errors.Add($"Telegram:AdminIds holds {bad}, which is not a Telegram user id: every admin id must be a positive number.");
        }

        if (options.ChannelLanguage is not ("zh" or "en"))
        {
            errors.Add($"Telegram:ChannelLanguage \"{options.ChannelLanguage}\" is not one the bot writes: use zh or en.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            errors.Add($"Telegram:ApiBaseUrl \"{options.ApiBaseUrl}\" is not an http(s) URL.");
        }

        if (options.ChannelMessagesPerMinute is < 1 or > 20)
        {
            errors.Add("Telegram:ChannelMessagesPerMinute must be between 1 and 20 (Telegram allows 20 a minute to one group or channel).");
        }

        if (options.PaidBroadcast ? options.MessagesPerSecond is < 1 or > 1000 : options.MessagesPerSecond is < 1 or > 30)
        {
            errors.Add(options.PaidBroadcast
                ? "Telegram:MessagesPerSecond must be between 1 and 1000 with Telegram:PaidBroadcast (Telegram's paid limit)."
                : "Telegram:MessagesPerSecond must be between 1 and 30 (Telegram allows about 30 a second; set Telegram:PaidBroadcast=true to go past it).");
        }

        if (options.ChatSpacingSeconds is < 1 or > 60)
        {
            errors.Add("Telegram:ChatSpacingSeconds must be between 1 and 60 (Telegram allows one message a second to one chat).");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 600)
        {
            errors.Add("Telegram:RequestTimeoutSeconds must be between 1 and 600.");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            errors.Add("Telegram:PollTimeoutSeconds must be between 0 and 50.");
        }

        errors.AddRange(Webhook(options));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Webhook(TelegramOptions options)
    {
        if (string.IsNullOrEmpty(options.WebhookUrl))
        {
            yield break;
        }

        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != "https")
        {
            yield return $"Telegram:WebhookUrl \"{options.WebhookUrl}\" is not an https URL (Telegram calls webhooks over HTTPS only).";
        }

        if (string.IsNullOrEmpty(options.WebhookSecret) || !Secret().IsMatch(options.WebhookSecret))
        {
            yield return "Telegram:WebhookSecret must be set with a webhook: 1-256 characters A-Z, a-z, 0-9, _ and -.";
        }

        if (!Uri.TryCreate(options.WebhookListen, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https"))
        {
            yield return $"Telegram:WebhookListen \"{options.WebhookListen}\" is not a URL to listen on, such as http://0.0.0.0:8443.";
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    [GeneratedRegex(@"^\d{1,16}:[A-Za-z0-9_-]{30,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(@[A-Za-z][A-Za-z0-9_]{4,31}|-?\d{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex Channel();
}
