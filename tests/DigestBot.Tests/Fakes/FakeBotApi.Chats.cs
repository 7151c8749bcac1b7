using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>getChat: the test channel (by @username or id) as a ChatFullInfo, any other chat "chat not found".</summary>
public sealed partial class FakeBotApi
{
    private static (int, string) GetChat(JsonObject body)
    {
        var chat = body["chat_id"]?.ToString();
        if (chat != ChannelName && chat != ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return (400, FakeJson.Error(400, "Bad Request: chat not found"));
        }

        return (200, FakeJson.Ok(new JsonObject
        {
            ["id"] = ChannelId,
            ["type"] = "channel",
            ["title"] = "DigestBot test channel",
            ["username"] = ChannelName.TrimStart('@'),
            ["accent_color_id"] = 0,
            ["max_reaction_count"] = 11,
            ["accepted_gift_types"] = new JsonObject
            {
                ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false,
            },
        }));
    }
}
