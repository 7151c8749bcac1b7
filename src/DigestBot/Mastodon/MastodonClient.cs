using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DigestBot.Publishing;
using Microsoft.Extensions.Options;

namespace DigestBot.Mastodon;

/// <summary>
/// Mastodon's REST API: GET /api/v2/instance for the instance's post limits, POST /api/v1/statuses with a Bearer
/// token and an Idempotency-Key. Answers become send results: 429 waits until X-RateLimit-Reset, 422 refuses the
/// post, 401/403 close the channel, 5xx or a timeout leaves delivery unknown.
/// </summary>
public sealed class MastodonClient(HttpClient http, IOptions<MastodonOptions> options, TimeProvider time)
{
    /// <summary>The digests are written in Chinese: every status says so, for readers' language filters.</summary>
    public const string Language = "zh";

    /// <summary>configuration.statuses' max_characters and characters_reserved_per_url; Mastodon's defaults where absent.</summary>
    public async Task<MastodonFormat> GetFormatAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url("/api/v2/instance"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var statuses = (await HttpSend.ReadJsonAsync(response, cancellationToken))?["configuration"]?["statuses"];
        return new MastodonFormat(
            Number(statuses?["max_characters"]) ?? MastodonFormat.DefaultMaxCharacters,
            Number(statuses?["characters_reserved_per_url"]) ?? MastodonFormat.DefaultCharactersPerUrl);
    }

    /// <summary>GET /api/v1/accounts/verify_credentials: whether the token works, without posting. The status and @acct, or the reason.</summary>
    public async Task<(int Status, string Detail)> VerifyCredentialsAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("/api/v1/accounts/verify_credentials"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AccessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await HttpSend.ReadJsonAsync(response, cancellationToken);
        return response.IsSuccessStatusCode && json?["acct"]?.ToString() is { } acct
            ? ((int)response.StatusCode, "@" + acct)
            : ((int)response.StatusCode, json?["error"]?.ToString() ?? response.ReasonPhrase ?? "");
    }

    public async Task<SendResult> PostAsync(string text, string? inReplyTo, string idempotencyKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = new JsonObject { ["status"] = text, ["visibility"] = settings.Visibility, ["language"] = Language };
        if (inReplyTo is not null)
        {
            body["in_reply_to_id"] = inReplyTo;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Url("/api/v1/statuses")) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await HttpSend.SendAsync(http, request, "Mastodon", Read, cancellationToken);
    }

    private SendResult Read(HttpResponseMessage response, JsonNode? json)
    {
        var status = (int)response.StatusCode;
        var detail = json?["error"]?.ToString() ?? response.ReasonPhrase ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK when json?["id"]?.ToString() is { } id => new SendResult.Sent(id),
            HttpStatusCode.TooManyRequests => new SendResult.RateLimited(UntilReset(response), $"429 {detail}"),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new SendResult.ChannelClosed(
                $"{status} {detail}: check Mastodon:AccessToken (an application's token with the write:statuses scope) and Mastodon:InstanceUrl"),
            _ when status >= 500 => new SendResult.Unknown($"{status} {detail}: delivery unknown"),
            _ => new SendResult.Rejected($"{status} {detail}"),
        };
    }

    /// <summary>Until X-RateLimit-Reset, an ISO 8601 time (5 minutes, Mastodon's usual window, when it is missing).</summary>
    private TimeSpan UntilReset(HttpResponseMessage response)
    {
        var now = time.GetUtcNow();
        var reset = response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && DateTimeOffset.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at : now.AddMinutes(5);
        return HttpSend.Until(reset, now);
    }

    private Uri Url(string path) => new(options.Value.InstanceUrl!.TrimEnd('/') + path);

    private static int? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) && number > 0 ? number : null;
}
