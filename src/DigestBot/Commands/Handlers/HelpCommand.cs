using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>/help: what the bot can do (/start without a deep link says the same).</summary>
public sealed class HelpCommand(BotTexts texts) : ICommandHandler
{
    public string Name => "help";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(CommandReply.Text(CommandMenu.Help(texts.For(request.LanguageCode))));
}
