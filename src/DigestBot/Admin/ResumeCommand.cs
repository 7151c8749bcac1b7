using DigestBot.Commands;
using DigestBot.Languages;
using DigestBot.Storage;

namespace DigestBot.Admin;

/// <summary>/resume: scheduled posting and subscriber delivery again.</summary>
public sealed class ResumeCommand(BotState state, AdminLog log, BotTexts texts) : IAdminCommand
{
    public string Name => "resume";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        log.Action(request.UserId, Name, arguments);
        await state.SetPausedAsync(false, cancellationToken);
        return CommandReply.Text(texts.For(request.LanguageCode)["Admin_Resumed"]);
    }
}
