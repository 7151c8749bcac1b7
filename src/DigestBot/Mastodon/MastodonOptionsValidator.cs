using Microsoft.Extensions.Options;

namespace DigestBot.Mastodon;

/// <summary>Both the instance and the token or neither; each message names the setting and never shows the token.</summary>
public sealed class MastodonOptionsValidator : IValidateOptions<MastodonOptions>
{
    public ValidateOptionsResult Validate(string? name, MastodonOptions options)
    {
        var errors = new List<string>();
        var hasUrl = !string.IsNullOrEmpty(options.InstanceUrl);
        if (hasUrl != !string.IsNullOrEmpty(options.AccessToken))
        {
            errors.Add($"{(hasUrl ? "Mastodon:AccessToken" : "Mastodon:InstanceUrl")} missing: Mastodon needs both Mastodon:InstanceUrl and Mastodon:AccessToken.");
        }

        if (hasUrl && (!Uri.TryCreate(options.InstanceUrl, UriKind.Absolute, out var instance) || instance.Scheme is not ("http" or "https")))
        {
            errors.Add($"Mastodon:InstanceUrl \"{options.InstanceUrl}\" is not an http(s) URL.");
        }

        if (!MastodonOptions.Visibilities.Contains(options.Visibility))
        {
            errors.Add($"Mastodon:Visibility \"{options.Visibility}\" must be public, unlisted or private.");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 3600)
        {
            errors.Add("Mastodon:RequestTimeoutSeconds must be between 1 and 3600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
