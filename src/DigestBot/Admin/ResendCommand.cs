using DigestBot.Commands;
using DigestBot.Languages;
using DigestBot.Publishing;

namespace DigestBot.Admin;

/// <summary>
/// /resend &lt;channel&gt; &lt;week&gt;: re-sends the week's posts of unknown delivery on that channel, once the admin has
/// checked the channel and found them missing (they may otherwise appear twice).
/// </summary>
public sealed class ResendCommand(WeekPosting posting, AdminLog log, BotTexts texts) : IAdminCommand
{
    public string Name => "resend";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        log.Action(request.UserId, Name, arguments);
        var say = texts.For(request.LanguageCode);
        if (arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is not [var name, var week])
        {
            return CommandReply.Text(say["Admin_ResendUsage"]);
        }

        if (posting.Channel(name) is not { } channel)
        {
            return CommandReply.Text(say.Format("Admin_NoChannel", Html.Escape(name), Html.Escape(posting.ChannelNames)));
        }

        var (digest, problem) = posting.Find(week, say);
        if (digest is null)
        {
            return CommandReply.Text(problem!);
        }

        var report = await posting.PostAsync(digest, [channel], new PublishMode(RetryFailed: true, ResendUnknown: true), cancellationToken);
        return CommandReply.Text(say.Format("Admin_Posted", digest.Label) + "\n" + AdminText.Pre(report));
    }
}
