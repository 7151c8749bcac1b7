using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.X;

public static class XServices
{
    public static IHostApplicationBuilder AddX(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<XOptions>().BindConfiguration(XOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<XOptions>, XOptionsValidator>();

        // No logging handlers: the Authorization header is a signature over the secrets. No retry handler either:
        // a POST that may have landed is never re-sent blindly.
        builder.Services.AddHttpClient<XClient>((services, http) =>
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<XOptions>>().Value.RequestTimeoutSeconds))
            .RemoveAllLoggers();
        builder.Services.AddTransient<XChannel>();
        builder.Services.AddSingleton<IChannelSource>(services => new XChannelSource(services));
        return builder;
    }

    private sealed class XChannelSource(IServiceProvider services) : IChannelSource
    {
        public IChannel? Create() =>
            services.GetRequiredService<IOptions<XOptions>>().Value.Configured ? services.GetRequiredService<XChannel>() : null;
    }
}
