using System.Net;
using DigestBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Operations;

/// <summary>/metrics in Prometheus's format with Metrics:Prometheus=true, through the real host.</summary>
[Collection(AloneWithMeters.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task After_a_post_metrics_count_the_messages_sent_to_telegram()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59)); // Monday of 2020-W43
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        bot.ExtraSettings["Metrics:Prometheus"] = "true";
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = bot.BuildHost();
        await host.StartAsync();
        await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count == expected.Count);
        await bot.LoggedAsync($"2020-W43 → telegram: {expected.Count} sent now");
        var root = host.Services.GetRequiredService<OperationsServer>().ListeningOn;
        using var http = new HttpClient();

        var response = await http.GetAsync($"{root}/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text.Split('\n'), line => line.StartsWith("digestbot_messages_sent_total{", StringComparison.Ordinal)
            && line.EndsWith($"channel=\"telegram\"}} {expected.Count}", StringComparison.Ordinal));
        Assert.Contains("digestbot_telegram_queue_length", text, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_subscribers_gauge_appears_once_counted_in_the_background()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        bot.ExtraSettings["Metrics:Prometheus"] = "true";
        using var host = bot.BuildHost();
        await host.StartAsync();
        var root = host.Services.GetRequiredService<OperationsServer>().ListeningOn;
        using var http = new HttpClient();

        // The first collection starts the count; the exporter keeps a scrape for 300 ms, so a later one shows it.
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("digestbot_subscribers{", StringComparison.Ordinal); attempt++)
        {
            text = await http.GetStringAsync($"{root}/metrics");
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }

        Assert.Contains(text.Split('\n'), line => line.StartsWith("digestbot_subscribers{", StringComparison.Ordinal) && line.EndsWith("} 0", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_Metrics_Prometheus_there_is_no_metrics_endpoint()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Health:Listen"] = "http://127.0.0.1:0";
        using var host = bot.BuildHost();
        await host.StartAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync($"{host.Services.GetRequiredService<OperationsServer>().ListeningOn}/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await host.StopAsync();
    }
}
