using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DigestBot.Bluesky;

/// <summary>Both Bluesky:Identifier and Bluesky:AppPassword or neither; each message names the setting and never shows a secret.</summary>
public sealed partial class BlueskyOptionsValidator : IValidateOptions<BlueskyOptions>
{
    public ValidateOptionsResult Validate(string? name, BlueskyOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(options.Identifier) != string.IsNullOrEmpty(options.AppPassword))
        {
            var missing = string.IsNullOrEmpty(options.Identifier) ? "Bluesky:Identifier" : "Bluesky:AppPassword";
            errors.Add($"{missing} missing: Bluesky needs both Bluesky:Identifier and Bluesky:AppPassword.");
        }

        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var service) || service.Scheme is not ("http" or "https"))
        {
            errors.Add($"Bluesky:ServiceUrl \"{options.ServiceUrl}\" is not an http(s) URL.");
        }

        if (!LanguageTag().IsMatch(options.Language))
        {
            errors.Add($"Bluesky:Language \"{options.Language}\" is not a language tag such as zh or en.");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 600)
        {
            errors.Add("Bluesky:RequestTimeoutSeconds must be between 1 and 600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
