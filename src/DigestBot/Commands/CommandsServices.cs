using DigestBot.Commands.Buttons;
using DigestBot.Commands.Handlers;
using DigestBot.Commands.Inline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

public static class CommandsServices
{
    public static IHostApplicationBuilder AddCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CommandsOptions>().BindConfiguration(CommandsOptions.Section)
            .Validate(o => o.PerUserPerMinute is >= 1 and <= 1000, "Commands:PerUserPerMinute must be between 1 and 1000.")
            .Validate(o => o.AnswerTimeoutSeconds is >= 1 and <= 3600, "Commands:AnswerTimeoutSeconds must be between 1 and 3600.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DigestCatalog>();
        builder.Services.AddSingleton(services =>
            new UserRateLimit(services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IOptions<CommandsOptions>>().Value.PerUserPerMinute));
        builder.Services.AddSingleton<WeekCommand>();
        builder.Services.AddSingleton<PaperCommand>();
        builder.Services.AddSingleton<ICommandHandler>(services => services.GetRequiredService<WeekCommand>());
        builder.Services.AddSingleton<ICommandHandler, LatestCommand>();
        builder.Services.AddSingleton<ICommandHandler, PicksCommand>();
        builder.Services.AddSingleton<ICommandHandler, IssueCommand>();
        builder.Services.AddSingleton<ICommandHandler, WeeksCommand>();
        builder.Services.AddSingleton<ICommandHandler, SearchCommand>();
        builder.Services.AddSingleton<ICommandHandler>(services => services.GetRequiredService<PaperCommand>());
        builder.Services.AddSingleton<ICommandHandler>(services => new HelpCommand(services.GetRequiredService<Languages.BotTexts>()));
        builder.Services.AddSingleton<ICommandHandler, StartCommand>();
        builder.Services.TryAddSingleton<IAdmins, NoAdmins>();
        builder.Services.AddSingleton<CommandRouter>();
        builder.Services.AddSingleton<ButtonPress>();
        builder.Services.AddSingleton<InlinePapers>();
        return builder;
    }
}
