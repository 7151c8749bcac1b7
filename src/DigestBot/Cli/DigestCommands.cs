using System.CommandLine;
using DigestBot.Digests;
using Microsoft.Extensions.Configuration;

namespace DigestBot.Cli;

/// <summary>The digestbot command line: one subcommand per job.</summary>
public static class DigestCommands
{
    /// <summary>Parses and runs a command (settings already taken out), writing to the given output and error (help and parse errors too).</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, IConfiguration settings, HostFactory hosts, CancellationToken cancellationToken)
    {
        var parsed = Build(output, error, settings, hosts).Parse(args);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (StateDatabaseFailure(e) is { } failure)
        {
            error.WriteLine($"digestbot {parsed.CommandResult.Command.Name}: the state database cannot be used ({failure}); check Storage:Provider and Storage:ConnectionString.");
            return 3;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"Unhandled exception: {e}");
            return 1;
        }
    }

    /// <summary>The database's own words when a command failed because the ledger's database (or Quartz's) could not be used.</summary>
    private static string? StateDatabaseFailure(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Data.Common.DbException db)
            {
                return db.InnerException is { } cause ? $"{db.Message}: {cause.Message}" : db.Message;
            }
        }

        return null;
    }

    public static RootCommand Build(TextWriter output, TextWriter error, IConfiguration settings, HostFactory hosts)
    {
        var digestsDefault = BotSettings.DigestsPath(settings);
        var root = new RootCommand("DigestBot: posts and answers from the weekly ML news digests. Without a command it runs the bot (run).");
        var run = RunCommand.Build(hosts, output, error);
        root.Subcommands.Add(run);
        root.Action = run.Action;
        root.Subcommands.Add(PostCommand.Build(hosts, output, error));
        root.Subcommands.Add(StatusCommand.Build(hosts, output, error));
        root.Subcommands.Add(CheckCommand.Build(hosts, output, error));
        root.Subcommands.Add(AskCommand.Build(hosts, output, error));
        root.Subcommands.Add(Digests("export", "Print every digest of the folder, and the problems met, as JSON.", digestsDefault, error,
            parsed => output.WriteLine(ExportJson.Serialize(parsed))));
        root.Subcommands.Add(Digests("weeks", "List the digests found, with their entry counts per section.", digestsDefault, error,
            parsed => output.Write(WeeksReport.Render(parsed))));
        root.Subcommands.Add(PreviewCommand.Build(digestsDefault, output, error));
        return root;
    }

    /// <summary>The folder's digests, or null after saying on <paramref name="error"/> why the folder cannot be read.</summary>
    internal static IReadOnlyList<ParsedDigest>? Load(string command, string folder, TextWriter error)
    {
        try
        {
            return DigestFolder.Load(folder);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            error.WriteLine($"digestbot {command}: {e.Message} (set --digests DIR)");
            return null;
        }
    }

    private static Command Digests(string name, string description, string digestsDefault, TextWriter error, Action<IReadOnlyList<ParsedDigest>> print)
    {
        var folder = new Option<string>("--digests")
        {
            Description = "The folder of digest Markdown files (default: the setting Digests:Path, \"digests\").",
            DefaultValueFactory = _ => digestsDefault,
        };
        var command = new Command(name, description) { folder };
        command.SetAction(result =>
        {
            if (Load(name, result.GetValue(folder)!, error) is not { } parsed)
            {
                return 2;
            }

            print(parsed);
            return 0;
        });
        return command;
    }
}
