using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace DigestBot.Bluesky;

/// <summary>
/// XRPC over HTTP (a typed HttpClient): a procedure is a POST of JSON to /xrpc/{method}, a query a GET with its
/// parameters; an error answer is {"error": name, "message": …}. No call is retried here.
/// </summary>
public sealed class Xrpc(HttpClient http, IOptions<BlueskyOptions> options)
{
    public Task<XrpcReply> ProcedureAsync(string method, JsonObject input, string? bearer, CancellationToken cancellationToken) =>
        CallAsync(new HttpRequestMessage(HttpMethod.Post, Url(method, "")) { Content = input.Count > 0 ? JsonContent.Create(input) : null }, bearer, cancellationToken);

    public Task<XrpcReply> QueryAsync(string method, IReadOnlyDictionary<string, string> parameters, string? bearer, CancellationToken cancellationToken) =>
        CallAsync(new HttpRequestMessage(HttpMethod.Get, Url(method, "?" + string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")))), bearer, cancellationToken);

    private Uri Url(string method, string query) => new($"{options.Value.ServiceUrl.TrimEnd('/')}/xrpc/{method}{query}");

    private async Task<XrpcReply> CallAsync(HttpRequestMessage request, string? bearer, CancellationToken cancellationToken)
    {
        using var _ = request;
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await ReadJsonAsync(response, cancellationToken);
            return new XrpcReply.Answer((int)response.StatusCode, body, body?["error"]?.ToString(),
                body?["message"]?.ToString() ?? response.ReasonPhrase ?? "", RateLimitReset(response));
        }
        catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new XrpcReply.Unreachable($"not delivered: {error.Message}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new XrpcReply.NoAnswer(error is TaskCanceledException ? "timed out waiting for Bluesky" : error.Message);
        }
    }

    private static DateTimeOffset? RateLimitReset(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ratelimit-reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null;

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
