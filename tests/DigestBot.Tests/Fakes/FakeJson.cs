using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Tests.Fakes;

/// <summary>The Bot API's bodies, with the fields the real API sends.</summary>
public static class FakeJson
{
    /// <summary>Writes an answer: JSON when it is JSON, else as a proxy's HTML page.</summary>
    public static async Task WriteAsync(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/html";
        await http.Response.WriteAsync(body);
    }

    public static string Ok(JsonNode result) => new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();

    public static string Error(int code, string description, int? retryAfter = null, long? migrateTo = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null || migrateTo is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is { } seconds)
            {
                parameters["retry_after"] = seconds;
            }

            if (migrateTo is { } chat)
            {
                parameters["migrate_to_chat_id"] = chat;
            }

            error["parameters"] = parameters;
        }

        return error.ToJsonString();
    }

    public static JsonObject Message(int id, DateTimeOffset date, string text, string chatId = FakeBotApi.ChannelName)
    {
        var toChannel = chatId == FakeBotApi.ChannelName || chatId == FakeBotApi.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["chat"] = toChannel ? Channel() : new JsonObject { ["id"] = long.Parse(chatId, System.Globalization.CultureInfo.InvariantCulture), ["type"] = "private", ["first_name"] = "Reader" },
            ["date"] = date.ToUnixTimeSeconds(),
            ["text"] = text,
        };
        if (toChannel)
        {
            message["sender_chat"] = Channel();
        }
        else
        {
            message["from"] = Me();
        }

        return message;
    }

    public static JsonObject Me() => new()
    {
        ["id"] = 123456789,
        ["is_bot"] = true,
        ["first_name"] = "DigestBot",
        ["username"] = FakeBotApi.Username,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    /// <summary>A user's text message as an Update, with a bot_command entity when it starts with a command.</summary>
    public static JsonObject Update(int updateId, int messageId, long chatId, long userId, string text, string chatType, string languageCode, DateTimeOffset date)
    {
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Reader", ["language_code"] = languageCode };
        var chat = chatType == "private"
            ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Reader" }
            : new JsonObject { ["id"] = chatId, ["type"] = chatType, ["title"] = "ML readers" };
        var message = new JsonObject { ["message_id"] = messageId, ["from"] = user, ["chat"] = chat, ["date"] = date.ToUnixTimeSeconds(), ["text"] = text };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and > 0 ? end : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message };
    }

    private static JsonObject Channel() => new()
    {
        ["id"] = FakeBotApi.ChannelId,
        ["title"] = "DigestBot test channel",
        ["username"] = FakeBotApi.ChannelName.TrimStart('@'),
        ["type"] = "channel",
    };
}
