using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Cli;

public static class CliServices
{
    /// <summary>Local mode's chat over standard input and output (it stays idle when a Telegram token is set).</summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder, ConsoleChatIo io)
    {
        builder.Services.AddSingleton(io);
        builder.Services.AddHostedService<ConsoleChat>();
        return builder;
    }
}
