using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DigestBot.Operations;

/// <summary>
/// /healthz, /readyz and /metrics, mapped onto whichever Kestrel serves Health:Listen: the webhook's when both
/// listen on the same address, else <see cref="OperationsServer"/>'s. The checks and the meter provider are the
/// bot's own services, not the web application's.
/// </summary>
public sealed class OperationsEndpoints(
    HealthCheckService health, IOptions<HealthOptions> options, IOptions<MetricsOptions> metrics, IServiceProvider services)
{
    public const string ReadyTag = "ready";

    private int _mapped;

    /// <summary>Whether a Kestrel serves them already (the webhook's).</summary>
    public bool Mapped => Volatile.Read(ref _mapped) == 1;

    /// <summary>Maps the endpoints when <paramref name="listen"/> is Health:Listen; the webhook calls this for its address.</summary>
    public bool MapIfListening(WebApplication app, string listen)
    {
        if (!options.Value.Enabled || !SameAddress(listen, options.Value.Listen!) || Interlocked.Exchange(ref _mapped, 1) == 1)
        {
            return false;
        }

        app.MapGet("/healthz", () => Results.Text("Healthy"));
        app.MapGet("/readyz", (Delegate)ReadyAsync);
        if (metrics.Value.Prometheus)
        {
            var provider = (MeterProvider)services.GetService(typeof(MeterProvider))!;
            app.UseOpenTelemetryPrometheusScrapingEndpoint(provider, predicate: null!, path: "/metrics", configureBranchedPipeline: null!, optionsName: null!);
        }

        return true;
    }

    private static bool SameAddress(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private async Task<IResult> ReadyAsync(HttpContext http)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains(ReadyTag), http.RequestAborted);
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}{(e.Value.Description is null ? "" : $" ({e.Value.Description})")}");
        var body = $"{report.Status}\n{string.Join("\n", lines)}\n";
        return Results.Text(body, statusCode: report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
