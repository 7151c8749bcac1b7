using DigestBot.Languages;
using Microsoft.Extensions.Logging;

namespace DigestBot.Commands;

/// <summary>
/// Turns a message into an answer: finds the command's handler, ignores what is not for this bot, applies the
/// per-user limit. The same for Telegram and the console; fixed texts in the sender's language.
/// </summary>
public sealed partial class CommandRouter(
    IEnumerable<ICommandHandler> handlers, IAdmins admins, UserRateLimit limit, BotTexts texts, ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);

    /// <summary>The answer; <paramref name="botUsername"/> null (the console) takes a command addressed to any bot.</summary>
    public async Task<CommandReply> AnswerAsync(CommandRequest request, string? botUsername, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var command = CommandParser.Parse(request.Text);
        if (command is null)
        {
            return request.IsPrivate ? CommandReply.Text(say["PrivateHint"]) : CommandReply.None;
        }

        var addressed = command.Bot is not null;
        if (addressed && botUsername is not null && !string.Equals(command.Bot, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return CommandReply.None; // another bot's command
        }

        switch (limit.Check(request.UserId))
        {
            case UserRateLimit.Verdict.Notify:
                return CommandReply.Text(say["RateLimited"]);
            case UserRateLimit.Verdict.Silence:
                return CommandReply.None;
        }

        // Admin commands are unknown to anyone else, and in groups: the bot does not reveal that they exist.
        if (!_handlers.TryGetValue(command.Name, out var handler)
            || (handler is IAdminCommand && !(request.IsPrivate && admins.IsAdmin(request.UserId))))
        {
            return request.IsPrivate || addressed
                ? CommandReply.Text(say.Format("UnknownCommand", Html.Escape(command.Name)))
                : CommandReply.None; // a bare unknown command in a group may be another bot's
        }

        try
        {
            return await handler.HandleAsync(request, command.Arguments, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, command.Name);
            return CommandReply.Text(say["CommandFailed"]);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The /{Command} handler failed")]
    private partial void LogFailed(Exception error, string command);
}
