using System.Net;
using DigestBot.Operations;
using DigestBot.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Operations;

/// <summary>/healthz and /readyz on Health:Listen, through the real host.</summary>
[Collection(AloneWithMeters.Name)]
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_and_readyz_turns_unavailable_when_the_database_is_gone()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        var folder = Directory.CreateTempSubdirectory("digestbot-health-");
        bot.ExtraSettings["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "state.db")}";
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        using var host = bot.BuildHost();
        await host.StartAsync();
        var root = host.Services.GetRequiredService<OperationsServer>().ListeningOn;
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{root}/healthz")).StatusCode);
        var ready = await http.GetAsync($"{root}/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("database: Healthy", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        folder.Delete(recursive: true);
        SqliteConnection.ClearAllPools(); // a pooled connection would still hold the deleted file open
        var gone = await http.GetAsync($"{root}/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        Assert.Contains("database: Unhealthy", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{root}/healthz")).StatusCode);
        await host.StopAsync();
    }

    [Fact]
    public async Task Readyz_is_unavailable_after_Telegram_refuses_the_token_with_401()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59)); // Monday of 2020-W43
        bot.ExtraSettings["Telegram:BotToken"] = "123456789:AAH-revoked_token_for_loopback_tests_0002";
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        using var host = bot.BuildHost();
        await host.StartAsync();
        var root = host.Services.GetRequiredService<OperationsServer>().ListeningOn;
        using var http = new HttpClient();

        await bot.LoggedAsync("2020-W43 → telegram");
        var ready = await http.GetAsync($"{root}/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("platforms: Unhealthy (last call refused with 401: telegram)", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_Health_Listen_nothing_listens()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        using var host = bot.BuildHost();
        await host.StartAsync();

        Assert.Null(host.Services.GetRequiredService<OperationsServer>().ListeningOn);
        Assert.False(host.Services.GetRequiredService<OperationsEndpoints>().Mapped);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_Health_Listen_that_is_no_URL_stops_the_bot_naming_the_setting()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Health:Listen"] = "port 8080";

        Assert.Equal(2, await bot.RunAsync("run"));
        Assert.Contains("Health:Listen", bot.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_webhook_address_health_shares_the_webhook_Kestrel()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        bot.ExtraSettings["Telegram:ChannelId"] = "";
        bot.ExtraSettings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/updates";
        bot.ExtraSettings["Telegram:WebhookSecret"] = "s3cret_Token-1";
        bot.ExtraSettings["Telegram:WebhookListen"] = "http://127.0.0.1:0";
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        using var host = bot.BuildHost();
        await host.StartAsync();
        var root = host.Services.GetRequiredService<WebhookServer>().ListeningOn;
        using var http = new HttpClient();

        Assert.Null(host.Services.GetRequiredService<OperationsServer>().ListeningOn);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{root}/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{root}/readyz")).StatusCode);
        await host.StopAsync();
    }
}
