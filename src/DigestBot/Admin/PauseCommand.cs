using DigestBot.Commands;
using DigestBot.Languages;
using DigestBot.Storage;

namespace DigestBot.Admin;

/// <summary>/pause: no scheduled posting nor subscriber delivery, on any instance, until /resume.</summary>
public sealed class PauseCommand(BotState state, AdminLog log, BotTexts texts) : IAdminCommand
{
    public string Name => "pause";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        log.Action(request.UserId, Name, arguments);
        await state.SetPausedAsync(true, cancellationToken);
        return CommandReply.Text(texts.For(request.LanguageCode)["Admin_Paused"]);
    }
}
