using Microsoft.Extensions.Options;

namespace DigestBot.X;

/// <summary>Either all four X credentials or none; each message names the setting and never shows a value.</summary>
public sealed class XOptionsValidator : IValidateOptions<XOptions>
{
    public ValidateOptionsResult Validate(string? name, XOptions options)
    {
        var errors = new List<string>();
        var missing = options.Credentials().Where(c => string.IsNullOrEmpty(c.Value)).Select(c => c.Name).ToList();
        if (missing.Count is > 0 and < 4)
        {
            errors.Add($"{string.Join(", ", missing)} missing: X needs all four of X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            errors.Add($"X:ApiBaseUrl \"{options.ApiBaseUrl}\" is not an http(s) URL.");
        }

        if (options.MaxPostsPerDay is < 1 or > 100_000)
        {
            errors.Add("X:MaxPostsPerDay must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
