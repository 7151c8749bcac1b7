using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Operations;

/// <summary>
/// Kestrel on Health:Listen, unless the webhook's Kestrel listens there and serves the endpoints already (the
/// webhook starts first: its hosted service is registered before this one). Health:Listen unset: nothing listens.
/// </summary>
public sealed partial class OperationsServer(OperationsEndpoints endpoints, IOptions<HealthOptions> options, ILogger<OperationsServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens, once started (the port is known only then when it was 0); null when it does not.</summary>
    public string? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || endpoints.Mapped)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Value.Listen!);
        _app = builder.Build();
        endpoints.MapIfListening(_app, options.Value.Listen!);
        await _app.StartAsync(cancellationToken);
        ListeningOn = _app.Urls.FirstOrDefault();
        LogListening(ListeningOn ?? options.Value.Listen!);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health and metrics on {Listen}")]
    private partial void LogListening(string listen);
}
