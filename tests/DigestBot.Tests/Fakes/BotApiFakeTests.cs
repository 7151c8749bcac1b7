using System.Text.Json;
using DigestBot.Publishing;
using DigestBot.Telegram;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types.Enums;

namespace DigestBot.Tests.Fakes;

/// <summary>The fake Bot API answers the real Telegram.Bot client as Telegram does, errors included.</summary>
public sealed class BotApiFakeTests
{
    [Fact]
    public async Task A_message_comes_back_as_a_real_Message_with_every_field_the_spec_requires()
    {
        await using var api = await FakeBotApi.StartAsync();
        var message = await Client(api).SendMessage(FakeBotApi.ChannelName, "<b>bold</b> &amp; plain", ParseMode.Html);

        Assert.Equal((1, FakeBotApi.ChannelId, ChatType.Channel, "bold & plain"), (message.Id, message.Chat.Id, message.Chat.Type, message.Text));
        using var spec = JsonDocument.Parse(File.ReadAllText(RepoPaths.Reference("telegram-bot-api/api.json")));
        var response = JsonDocument.Parse(FakeJson.Message(1, DateTimeOffset.UnixEpoch, "x").ToJsonString()).RootElement;
        foreach (var type in new[] { "Message", "Chat" })
        {
            var fields = spec.RootElement.GetProperty("types").GetProperty(type).GetProperty("fields").EnumerateArray();
            var shape = type == "Chat" ? response.GetProperty("chat") : response;
            Assert.All(fields.Where(f => f.GetProperty("required").GetBoolean()), f => Assert.True(shape.TryGetProperty(f.GetProperty("name").GetString()!, out _)));
        }
    }

    [Theory]
    [InlineData("<b>unclosed", "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("a <script>x</script>", "Bad Request: can't parse entities: Unsupported start tag \"script\" at byte offset 2")]
    [InlineData("   ", "Bad Request: message text is empty")]
    public async Task Bad_html_and_empty_text_are_refused_with_telegrams_description(string text, string description)
    {
        await using var api = await FakeBotApi.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client(api).SendMessage(FakeBotApi.ChannelName, text, ParseMode.Html));

        Assert.Equal((400, description), (error.ErrorCode, error.Message));
        Assert.IsType<SendResult.Rejected>(TelegramErrors.Classify(error));
    }

    [Fact]
    public async Task The_4096_limit_counts_the_text_after_entity_parsing()
    {
        await using var api = await FakeBotApi.StartAsync();
        var client = Client(api);

        await client.SendMessage(FakeBotApi.ChannelName, $"<b>{new string('x', 4096)}</b>", ParseMode.Html); // tags do not count
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(FakeBotApi.ChannelName, new string('x', 4097)));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task Rate_limits_carry_retry_after_and_a_wrong_chat_or_token_closes_the_channel()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.On(1, FakeReply.TooManyRequests(11));
        var client = Client(api);

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(FakeBotApi.ChannelName, "x"));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage("@someone_else", "x"));
        var unauthorized = await Assert.ThrowsAsync<ApiRequestException>(() => Client(api, "123456789:AAH-not_the_right_token_xxxxxxxxxxxxx").SendMessage(FakeBotApi.ChannelName, "x"));

        Assert.Equal(new SendResult.RateLimited(TimeSpan.FromSeconds(11), "429 Too Many Requests: retry after 11"), TelegramErrors.Classify(limited));
        Assert.Equal((400, "Bad Request: chat not found"), (missing.ErrorCode, missing.Message));
        Assert.IsType<SendResult.ChannelClosed>(TelegramErrors.Classify(missing));
        Assert.IsType<SendResult.ChannelClosed>(TelegramErrors.Classify(unauthorized));
    }

    private static TelegramBotClient Client(FakeBotApi api, string token = FakeBotApi.Token) =>
        new(new TelegramBotClientOptions(token, api.BaseUrl) { RetryThreshold = 0 });
}
