using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace DigestBot.Telegram;

public static class TelegramServices
{
    public const string HttpClientName = "telegram_bot_client";

    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // The request URL holds the token, so the HTTP client logs nothing: no handler may write it out.
        builder.Services.AddHttpClient(HttpClientName, (services, http) =>
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<TelegramOptions>>().Value.RequestTimeoutSeconds))
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, services) => Client(http, services.GetRequiredService<IOptions<TelegramOptions>>().Value));
        builder.Services.AddTransient<TelegramChannel>();
        builder.Services.AddSingleton<IChannelSource>(services => new TelegramChannelSource(services));
        return builder;
    }

    private static TelegramBotClient Client(HttpClient http, TelegramOptions options)
    {
        var baseUrl = options.ApiBaseUrl.TrimEnd('/') == TelegramOptions.DefaultApiBaseUrl ? null : options.ApiBaseUrl;

        // 429 is handled by the publisher, which waits on the TimeProvider and keeps the ledger right meanwhile.
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl) { RetryThreshold = 0 }, http);
    }

    private sealed class TelegramChannelSource(IServiceProvider services) : IChannelSource
    {
        public IChannel? Create() =>
            services.GetRequiredService<IOptions<TelegramOptions>>().Value.Configured ? services.GetRequiredService<TelegramChannel>() : null;
    }
}
