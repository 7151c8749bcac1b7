using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Mastodon;

public static class MastodonServices
{
    public static IHostApplicationBuilder AddMastodon(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MastodonOptions>().BindConfiguration(MastodonOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MastodonOptions>, MastodonOptionsValidator>();

        // No logging handlers: the Authorization header carries the access token. No retry handler either: a POST
        // is sent again only by the publisher, with the same Idempotency-Key, inside Mastodon's one-hour window.
        builder.Services.AddHttpClient<MastodonClient>((services, http) =>
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<MastodonOptions>>().Value.RequestTimeoutSeconds))
            .RemoveAllLoggers();
        builder.Services.AddSingleton<MastodonInstance>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MastodonInstance>());
        builder.Services.AddTransient<MastodonChannel>();
        builder.Services.AddSingleton<IChannelSource>(services => new MastodonChannelSource(services));
        return builder;
    }

    private sealed class MastodonChannelSource(IServiceProvider services) : IChannelSource
    {
        public IChannel? Create() =>
            services.GetRequiredService<IOptions<MastodonOptions>>().Value.Configured ? services.GetRequiredService<MastodonChannel>() : null;
    }
}
