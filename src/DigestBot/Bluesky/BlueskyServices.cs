using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Bluesky;

public static class BlueskyServices
{
    public static IHostApplicationBuilder AddBluesky(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BlueskyOptions>().BindConfiguration(BlueskyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BlueskyOptions>, BlueskyOptionsValidator>();

        // No logging handlers: requests carry the app password (createSession) and the tokens. No retry handler
        // either: a createRecord that may have landed is looked up by its key, never re-sent blindly.
        builder.Services.AddHttpClient<Xrpc>((services, http) =>
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<BlueskyOptions>>().Value.RequestTimeoutSeconds))
            .RemoveAllLoggers();
        builder.Services.AddSingleton<BlueskySession>();
        builder.Services.AddTransient<BlueskyClient>();
        builder.Services.AddTransient<PostCards>();
        builder.Services.AddTransient<BlueskyChannel>();
        builder.Services.AddSingleton<IChannelSource>(services => new BlueskyChannelSource(services));
        return builder;
    }

    private sealed class BlueskyChannelSource(IServiceProvider services) : IChannelSource
    {
        public IChannel? Create() =>
            services.GetRequiredService<IOptions<BlueskyOptions>>().Value.Configured ? services.GetRequiredService<BlueskyChannel>() : null;
    }
}
