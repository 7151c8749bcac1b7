using Microsoft.Extensions.Logging;

namespace DigestBot.Commands;

/// <summary>
/// Turns a message into an answer: finds the command's handler, ignores what is not for this bot, applies the
/// per-user limit. The same for Telegram and the console.
/// </summary>
public sealed partial class CommandRouter(IEnumerable<ICommandHandler> handlers, UserRateLimit limit, ILogger<CommandRouter> logger)
{
    public const string PrivateHint = "Send me a command, for example /week 43, /latest or /search lambda. /help lists them all.";

    private readonly Dictionary<string, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);

    /// <summary>The answer; <paramref name="botUsername"/> null (the console) takes a command addressed to any bot.</summary>
    public async Task<CommandReply> AnswerAsync(CommandRequest request, string? botUsername, CancellationToken cancellationToken)
    {
        var command = CommandParser.Parse(request.Text);
        if (command is null)
        {
            return request.IsPrivate ? CommandReply.Text(PrivateHint) : CommandReply.None;
        }

        var addressed = command.Bot is not null;
        if (addressed && botUsername is not null && !string.Equals(command.Bot, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return CommandReply.None; // another bot's command
        }

        switch (limit.Check(request.UserId))
        {
            case UserRateLimit.Verdict.Notify:
                return CommandReply.Text("That is a lot of commands: I will answer you again in a minute.");
            case UserRateLimit.Verdict.Silence:
                return CommandReply.None;
        }

        if (!_handlers.TryGetValue(command.Name, out var handler))
        {
            return request.IsPrivate || addressed
                ? CommandReply.Text($"I don't know /{Html.Escape(command.Name)}. /help lists what I can do.")
                : CommandReply.None; // a bare unknown command in a group may be another bot's
        }

        try
        {
            return await handler.HandleAsync(request, command.Arguments, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, command.Name);
            return CommandReply.Text("Something went wrong with that command; it has been logged.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The /{Command} handler failed")]
    private partial void LogFailed(Exception error, string command);
}
