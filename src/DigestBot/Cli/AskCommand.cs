using System.CommandLine;
using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Cli;

/// <summary>`digestbot ask "/week 43"`: one chat command answered on the console, by the same handlers as in Telegram.</summary>
public static class AskCommand
{
    public static Command Build(HostFactory hosts, TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("command") { Description = "A chat command, such as \"/week 43\" or \"/search lambda\"." };
        var command = new Command("ask", "Answer one chat command here, as the bot would in Telegram.") { text };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = hosts(serve: false);
            if (!HostRunner.Validate(host, "ask", error))
            {
                return 2;
            }

            var router = host.Services.GetRequiredService<CommandRouter>();
            var request = new CommandRequest(ConsoleChat.ChatId, ConsoleChat.ChatId, IsPrivate: true, result.GetValue(text)!);
            var reply = await router.AnswerAsync(request, botUsername: null, cancellationToken);
            output.WriteLine(string.Join("\n\n", reply.Messages.Select(Html.ToPlain)));
            return 0;
        });
        return command;
    }
}
