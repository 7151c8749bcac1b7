using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Publishing;

/// <summary>
/// A platform client's one API call whose answer becomes a <see cref="SendResult"/>: a connection that never opened
/// (refused, name not resolved) is NotDelivered, a timeout or a connection lost after sending is Unknown, and the
/// answer goes to the platform's own reading with its body as JSON (null when it is not JSON: a proxy's HTML page).
/// </summary>
public static class HttpSend
{
    public static async Task<SendResult> SendAsync(
        HttpClient http, HttpRequestMessage request, string platform, Func<HttpResponseMessage, JsonNode?, SendResult> read, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return read(response, await ReadJsonAsync(response, cancellationToken));
        }
        catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new SendResult.NotDelivered($"not delivered: {error.Message}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SendResult.Unknown(error is TaskCanceledException ? $"timed out waiting for {platform}: delivery unknown" : $"{error.Message}: delivery unknown");
        }
    }

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
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

    /// <summary>The wait until a rate limit resets: at least a second, so a reset already past still waits a little.</summary>
    public static TimeSpan Until(DateTimeOffset reset, DateTimeOffset now) =>
        reset - now > TimeSpan.FromSeconds(1) ? reset - now : TimeSpan.FromSeconds(1);
}
