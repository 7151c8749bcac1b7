using DigestBot.Publishing;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace DigestBot.Telegram;

public static class TelegramServices
{
    public const string HttpClientName = "telegram_bot_client";
    public const string PollingClientName = "telegram_polling";

    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // The request URL holds the token, so the HTTP clients log nothing: no handler may write it out.
        builder.Services.AddHttpClient(HttpClientName, (services, http) => http.Timeout = TimeSpan.FromSeconds(Options(services).RequestTimeoutSeconds))
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, services) => Client(http, Options(services)));
        builder.Services.AddHttpClient(PollingClientName, (services, http) => http.Timeout = TimeSpan.FromSeconds(Options(services).PollTimeoutSeconds + 15))
            .RemoveAllLoggers()
            .AddTypedClient((http, services) => new PollingClient(Client(http, Options(services))));
        builder.Services.TryAddSingleton<ISendBudget>(services => services.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresSendBudget>(services)
            : ActivatorUtilities.CreateInstance<LocalSendBudget>(services));
        builder.Services.AddSingleton<TelegramOutbox>();
        builder.Services.AddSingleton<QueueReports>();
        builder.Services.AddHostedService<QueueReporter>(); // writes nothing until something was sent

        builder.Services.AddTransient<TelegramChannel>();
        builder.Services.AddSingleton<IChannelSource>(services => new TelegramChannelSource(services));
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<ReplySender>();
        builder.Services.AddSingleton<CallbackHandler>();
        builder.Services.AddSingleton<InlineQueryHandler>();
        builder.Services.AddSingleton<UpdateHandler>();
        return builder;
    }

    /// <summary>Commands from Telegram, when a token is set: by webhook when Telegram:WebhookUrl is set, else by long polling.</summary>
    public static IHostApplicationBuilder AddTelegramUpdates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UpdatePoller>();
        builder.Services.AddSingleton<WebhookServer>();
        builder.Services.AddHostedService<TelegramUpdates>();
        return builder;
    }

    private static TelegramOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<TelegramOptions>>().Value;

    private static TelegramBotClient Client(HttpClient http, TelegramOptions options)
    {
        var baseUrl = options.ApiBaseUrl.TrimEnd('/') == TelegramOptions.DefaultApiBaseUrl ? null : options.ApiBaseUrl;

        // 429 is handled by the outbound queue, which pauses every send on the TimeProvider.
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl) { RetryThreshold = 0 }, http);
    }

    private sealed class TelegramChannelSource(IServiceProvider services) : IChannelSource
    {
        public IChannel? Create() => Options(services).Configured ? services.GetRequiredService<TelegramChannel>() : null;
    }
}
