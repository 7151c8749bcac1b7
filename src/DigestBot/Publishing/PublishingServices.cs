using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Publishing;

public static class PublishingServices
{
    public static IHostApplicationBuilder AddPublishing(this IHostApplicationBuilder builder, TextWriter consoleOutput)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ConsoleChannel(consoleOutput));
        builder.Services.AddSingleton<Channels>();
        builder.Services.AddSingleton<ChannelHold>();
        builder.Services.AddSingleton<Publisher>();
        builder.Services.AddSingleton<IPostLedger, SqlPostLedger>();
        builder.Services.AddSingleton<IWeekAudience, ChannelAudience>();
        return builder;
    }
}
