using System.CommandLine;
using System.Data.Common;

namespace DigestBot.Cli;

/// <summary>
/// `digestbot check`: the settings, then one harmless call per configured platform and the database; one line each,
/// stopping (exit code 1) at the first that fails. Meant for after an install or a change of secrets.
/// </summary>
public static class CheckCommand
{
    public static Command Build(HostFactory hosts, TextWriter output, TextWriter error)
    {
        var command = new Command("check", "Check the settings and each configured platform's credentials, without posting.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = hosts(serve: false);
            if (!HostRunner.Validate(host, "check", error))
            {
                return 2;
            }

            output.WriteLine("settings: ok");
            foreach (var (name, run) in PlatformChecks.Configured(host.Services))
            {
                var line = await RunAsync(name, run, host.Services, cancellationToken);
                (line.Ok ? output : error).WriteLine(line);
                if (!line.Ok)
                {
                    return 1;
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>A check that could not reach its platform (or database) fails with the reason, not a stack trace.</summary>
    private static async Task<CheckLine> RunAsync(
        string name, Func<IServiceProvider, CancellationToken, Task<CheckLine>> run, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return await run(services, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or DbException or InvalidOperationException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return CheckLine.Failed(name, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
