using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Harness;

/// <summary>
/// The reference PDS that .ci/bluesky-pds.sh starts on loopback, and a fresh account on it for each test (handles
/// end in .test, no invite needed), so record keys derived from the same week never meet another test's records.
/// </summary>
public static class BlueskyPds
{
    public const string Variable = "DIGESTBOT_TEST_BLUESKY_PDS";

    public static string? Url => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<PdsAccount> CreateAccountAsync()
    {
        var url = Url ?? throw new InvalidOperationException($"{Variable} is not set: .ci/run starts the PDS (.ci/bluesky-pds.sh) and sets it.");
        var name = $"t{Guid.NewGuid():N}"[..18];
        var password = $"app-{Guid.NewGuid():N}";
        using var response = await Http.PostAsJsonAsync($"{url}/xrpc/com.atproto.server.createAccount",
            new { handle = $"{name}.test", email = $"{name}@example.com", password });
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.True(response.IsSuccessStatusCode, $"createAccount: {(int)response.StatusCode} {body}");
        return new PdsAccount(url, $"{name}.test", body!["did"]!.ToString(), password);
    }

    /// <summary>Every app.bsky.feed.post record of an account, oldest key first: uri, cid and value.</summary>
    public static async Task<IReadOnlyList<JsonNode>> PostsAsync(PdsAccount account)
    {
        var url = $"{account.Url}/xrpc/com.atproto.repo.listRecords?repo={account.Did}&collection=app.bsky.feed.post&limit=100&reverse=true";
        var body = await Http.GetFromJsonAsync<JsonNode>(url);
        return body!["records"]!.AsArray().Select(r => r!).ToList();
    }
}

/// <summary>An account on the test PDS; its password serves as the bot's app password.</summary>
public sealed record PdsAccount(string Url, string Handle, string Did, string Password)
{
    /// <summary>The bot's settings for this account, optionally through a proxy in front of the PDS.</summary>
    public Dictionary<string, string?> Settings(string? serviceUrl = null) => new()
    {
        ["Bluesky:ServiceUrl"] = serviceUrl ?? Url,
        ["Bluesky:Identifier"] = Handle,
        ["Bluesky:AppPassword"] = Password,
    };
}
