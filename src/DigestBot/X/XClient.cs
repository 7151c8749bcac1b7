using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DigestBot.Publishing;
using Microsoft.Extensions.Options;

namespace DigestBot.X;

/// <summary>
/// X API v2, POST /2/tweets, signed with OAuth 1.0a user context (the JSON body is not part of the signature).
/// Answers become send results: 429 waits until x-rate-limit-reset, 403 duplicate content is never retried, 401
/// closes the channel, 5xx or a timeout leaves delivery unknown.
/// </summary>
public sealed class XClient(HttpClient http, IOptions<XOptions> options, TimeProvider time)
{
    public async Task<SendResult> PostAsync(string text, string? inReplyTo, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/2/tweets");
        var body = new JsonObject { ["text"] = text };
        if (inReplyTo is not null)
        {
            body["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = inReplyTo };
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        var keys = new OAuth1Signer.Credentials(settings.ConsumerKey!, settings.ConsumerSecret!, settings.AccessToken!, settings.AccessTokenSecret!);
        request.Headers.TryAddWithoutValidation("Authorization",
            OAuth1Signer.Header("POST", url, keys, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), time.GetUtcNow().ToUnixTimeSeconds()));
        return await HttpSend.SendAsync(http, request, "X", Read, cancellationToken);
    }

    /// <summary>GET /2/users/me: whether the keys work, without posting. The status and the username, or X's reason.</summary>
    public async Task<(int Status, string Detail)> GetMeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/2/users/me");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var keys = new OAuth1Signer.Credentials(settings.ConsumerKey!, settings.ConsumerSecret!, settings.AccessToken!, settings.AccessTokenSecret!);
        request.Headers.TryAddWithoutValidation("Authorization",
            OAuth1Signer.Header("GET", url, keys, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), time.GetUtcNow().ToUnixTimeSeconds()));
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await HttpSend.ReadJsonAsync(response, cancellationToken);
        return response.IsSuccessStatusCode && json?["data"]?["username"]?.ToString() is { } username
            ? ((int)response.StatusCode, "@" + username)
            : ((int)response.StatusCode, json?["detail"]?.ToString() ?? json?["title"]?.ToString() ?? response.ReasonPhrase ?? "");
    }

    private SendResult Read(HttpResponseMessage response, JsonNode? json)
    {
        var status = (int)response.StatusCode;
        var detail = json?["errors"]?[0]?["message"]?.ToString() ?? json?["detail"]?.ToString() ?? response.ReasonPhrase ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Created or HttpStatusCode.OK when json?["data"]?["id"]?.ToString() is { } id => new SendResult.Sent(id),
            HttpStatusCode.TooManyRequests => new SendResult.RateLimited(UntilReset(response), $"429 {detail}"),
            HttpStatusCode.Unauthorized => new SendResult.ChannelClosed(
                $"401 {detail}: check X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret"),
            HttpStatusCode.Forbidden when detail.Contains("duplicate", StringComparison.OrdinalIgnoreCase) => new SendResult.Rejected($"403 duplicate content: {detail}", Final: true),
            _ when status >= 500 => new SendResult.Unknown($"{status} {detail}: delivery unknown"),
            _ => new SendResult.Rejected($"{status} {detail}"),
        };
    }

    private TimeSpan UntilReset(HttpResponseMessage response)
    {
        var reset = response.Headers.TryGetValues("x-rate-limit-reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch) : time.GetUtcNow().AddMinutes(15);
        return HttpSend.Until(reset, time.GetUtcNow());
    }
}
