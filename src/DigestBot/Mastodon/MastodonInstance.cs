using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Mastodon;

/// <summary>
/// The instance's post limits, asked once at start (GET /api/v2/instance): an instance that allows 5,000 characters
/// gets whole sentences where one of 500 gets them shortened. When the instance cannot be asked, Mastodon's
/// defaults (500, a URL 23) hold: a post composed for them fits any instance that keeps the defaults or raises them.
/// (A singleton holding a typed client: it is used once, at start.)
/// </summary>
public sealed partial class MastodonInstance(MastodonClient client, IOptions<MastodonOptions> options, ILogger<MastodonInstance> logger) : IHostedService
{
    public MastodonFormat Format { get; private set; } = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Configured)
        {
            return;
        }

        try
        {
            Format = await client.GetFormatAsync(cancellationToken);
            LogLimits(Format.Limit, Format.CharactersPerUrl);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(error, Format.Limit, Format.CharactersPerUrl);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Mastodon instance: posts of up to {MaxCharacters} characters, a link counting {CharactersPerUrl}")]
    private partial void LogLimits(int maxCharacters, int charactersPerUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mastodon instance's limits unknown (GET /api/v2/instance failed); composing for {MaxCharacters} characters, a link counting {CharactersPerUrl}")]
    private partial void LogUnreachable(Exception error, int maxCharacters, int charactersPerUrl);
}
