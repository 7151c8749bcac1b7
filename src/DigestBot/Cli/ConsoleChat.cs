using DigestBot.Commands;
using DigestBot.Scheduling;
using DigestBot.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Cli;

/// <summary>
/// Local mode's chat, when no Telegram token is set: commands read from standard input, answers printed as plain
/// text, through the same router as Telegram. It starts once the start-up run has printed its posts; the end of
/// input ends the run.
/// </summary>
public sealed class ConsoleChat(
    CommandRouter router, StartupRun startupRun, IHostApplicationLifetime lifetime, ConsoleChatIo io, IOptions<TelegramOptions> telegram)
    : BackgroundService
{
    public const long ChatId = 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (telegram.Value.HasToken)
        {
            return; // commands come from Telegram
        }

        var stopped = Task.Delay(Timeout.Infinite, stoppingToken);
        await Task.WhenAny(startupRun.Done, stopped);
        while (!stoppingToken.IsCancellationRequested)
        {
            var read = io.Input.ReadLineAsync(stoppingToken).AsTask();
            if (await Task.WhenAny(read, stopped) != read || await read is not { } line)
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                await AnswerAsync(line, stoppingToken);
            }
        }

        lifetime.StopApplication();
    }

    private async Task AnswerAsync(string line, CancellationToken cancellationToken)
    {
        var reply = await router.AnswerAsync(new CommandRequest(ChatId, ChatId, IsPrivate: true, line), botUsername: null, cancellationToken);
        if (io.Echo)
        {
            await io.Output.WriteLineAsync($"> {line}");
        }

        foreach (var message in reply.Messages)
        {
            await io.Output.WriteLineAsync(Html.ToPlain(message));
            await io.Output.WriteLineAsync();
        }

        await io.Output.FlushAsync(cancellationToken);
    }
}
