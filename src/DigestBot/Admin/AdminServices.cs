using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Admin;

public static class AdminServices
{
    /// <summary>The admin commands (Telegram:AdminIds in private chats): /status, /postnow, /resend, /pause, /resume.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAdmins, TelegramAdmins>();
        builder.Services.AddSingleton<AdminLog>();
        builder.Services.AddSingleton<WeekPosting>();
        builder.Services.AddSingleton<ICommandHandler, StatusCommand>();
        builder.Services.AddSingleton<ICommandHandler, PostNowCommand>();
        builder.Services.AddSingleton<ICommandHandler, ResendCommand>();
        builder.Services.AddSingleton<ICommandHandler, PauseCommand>();
        builder.Services.AddSingleton<ICommandHandler, ResumeCommand>();
        return builder;
    }
}
