using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>The Bot API's response bodies, with the fields the real API sends.</summary>
public static class FakeJson
{
    public static string Ok(JsonNode result) => new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();

    public static string Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return error.ToJsonString();
    }

    public static JsonObject Message(int id, DateTimeOffset date, string text) => new()
    {
        ["message_id"] = id,
        ["sender_chat"] = Channel(),
        ["chat"] = Channel(),
        ["date"] = date.ToUnixTimeSeconds(),
        ["text"] = text,
    };

    private static JsonObject Channel() => new()
    {
        ["id"] = FakeBotApi.ChannelId,
        ["title"] = "DigestBot test channel",
        ["username"] = FakeBotApi.ChannelName.TrimStart('@'),
        ["type"] = "channel",
    };
}
