using System.Net;
using System.Text;
using DigestBot.Telegram;
using DigestBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Telegram;

/// <summary>Webhook mode: setWebhook with the secret, and an endpoint that checks it.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task The_webhook_is_set_with_its_secret_and_only_requests_carrying_it_are_answered()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        bot.ExtraSettings["Telegram:ChannelId"] = "";
        bot.ExtraSettings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/updates";
        bot.ExtraSettings["Telegram:WebhookSecret"] = "s3cret_Token-1";
        bot.ExtraSettings["Telegram:WebhookListen"] = "http://127.0.0.1:0";
        using var host = bot.BuildHost();
        await host.StartAsync();
        var endpoint = host.Services.GetRequiredService<WebhookServer>().ListeningOn + "/telegram/updates";
        using var http = new HttpClient();
        bot.Api.AddChat(2002);

        var setWebhook = Assert.Single(bot.Api.Setup, s => s["method"]!.GetValue<string>() == "setWebhook");
        Assert.Equal(("https://bot.example.org/telegram/updates", "s3cret_Token-1"), (setWebhook["url"]!.GetValue<string>(), setWebhook["secret_token"]!.GetValue<string>()));
        Assert.Equal(["message", "callback_query", "inline_query"], setWebhook["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, endpoint, secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, endpoint, secret: "s3cret_Token-2")).StatusCode);
        Assert.Empty(bot.Api.Calls);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, endpoint, secret: "s3cret_Token-1")).StatusCode);
        var reply = Assert.Single(bot.Api.To(2002));
        Assert.StartsWith("ML News 2020-W44", reply.Visible, StringComparison.Ordinal);
        Assert.DoesNotContain("getUpdates", bot.Api.Methods);
        await host.StopAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string endpoint, string? secret)
    {
        var update = FakeJson.Update(77, 5, 2002, 2002, "/week 44", "private", "en", DateTimeOffset.UnixEpoch).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(WebhookServer.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }
}
