using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DigestBot.Operations;

public static class OperationsServices
{
    /// <summary>The standard variable: with it set, metrics and traces go by OTLP; without it nothing connects anywhere.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meter and the 401 record always; with <paramref name="serve"/>, OpenTelemetry and Health:Listen.</summary>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder, bool serve)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<PlatformAuth>();
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        builder.Services.AddHealthChecks()
            .AddCheck<AuthHealthCheck>("platforms", tags: [OperationsEndpoints.ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [OperationsEndpoints.ReadyTag]);
        builder.Services.AddSingleton<OperationsEndpoints>();
        if (serve)
        {
            AddOpenTelemetry(builder);
            builder.Services.AddSingleton<OperationsServer>();
            builder.Services.AddHostedService(services => services.GetRequiredService<OperationsServer>());
        }

        return builder;
    }

    private static void AddOpenTelemetry(IHostApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue<bool>($"{MetricsOptions.Section}:{nameof(MetricsOptions.Prometheus)}");
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        if (!prometheus && !otlp)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName).AddHttpClientInstrumentation().AddAspNetCoreInstrumentation();
            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp)
            {
                metrics.AddOtlpExporter();
            }
        });
        if (otlp)
        {
            // Telegram's request paths hold the bot token (/bot<token>/sendMessage): those calls are not traced.
            telemetry.WithTracing(tracing => tracing
                .AddHttpClientInstrumentation(http => http.FilterHttpRequestMessage = request => request.RequestUri?.AbsolutePath.Contains(':') != true)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter());
        }
    }
}
