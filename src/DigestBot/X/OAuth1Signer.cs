using System.Security.Cryptography;
using System.Text;

namespace DigestBot.X;

/// <summary>
/// OAuth 1.0a user-context signing (RFC 5849, HMAC-SHA1): the signature base string is the method, the URL without
/// its query, and every oauth_ and query parameter (and form body parameter, if the body is form-encoded; a JSON
/// body is not signed), percent-encoded per RFC 3986 and sorted.
/// </summary>
public static class OAuth1Signer
{
    public sealed record Credentials(string ConsumerKey, string ConsumerSecret, string AccessToken, string AccessTokenSecret);

    /// <summary>The Authorization header value for a request.</summary>
    public static string Header(string method, Uri url, Credentials keys, string nonce, long timestamp, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var oauth = OAuthParameters(keys, nonce, timestamp);
        oauth.Add(new("oauth_signature", Signature(method, url, keys, oauth, form)));
        return "OAuth " + string.Join(", ", oauth.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Encode(p.Key)}=\"{Encode(p.Value)}\""));
    }

    public static string Signature(string method, Uri url, Credentials keys, IEnumerable<KeyValuePair<string, string>> oauth, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var parameters = oauth.Where(p => p.Key != "oauth_signature").Concat(Query(url)).Concat(form ?? [])
            .Select(p => (Key: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        var baseUrl = url.GetLeftPart(UriPartial.Path);
        var text = $"{method.ToUpperInvariant()}&{Encode(baseUrl)}&{Encode(string.Join('&', parameters))}";
        var key = $"{Encode(keys.ConsumerSecret)}&{Encode(keys.AccessTokenSecret)}";
#pragma warning disable CA5350 // OAuth 1.0a, which X's v2 user context requires, is defined with HMAC-SHA1.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(text)));
#pragma warning restore CA5350
    }

    public static List<KeyValuePair<string, string>> OAuthParameters(Credentials keys, string nonce, long timestamp) =>
    [
        new("oauth_consumer_key", keys.ConsumerKey),
        new("oauth_nonce", nonce),
        new("oauth_signature_method", "HMAC-SHA1"),
        new("oauth_timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("oauth_token", keys.AccessToken),
        new("oauth_version", "1.0"),
    ];

    /// <summary>RFC 3986 percent-encoding: everything but ALPHA, DIGIT, "-", ".", "_" and "~", as UTF-8, upper-case hex.</summary>
    public static string Encode(string value)
    {
        var text = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static IEnumerable<KeyValuePair<string, string>> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : ""));
}
