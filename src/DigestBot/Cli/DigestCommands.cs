using System.CommandLine;
using DigestBot.Digests;

namespace DigestBot.Cli;

/// <summary>The digestbot command line: one subcommand per job.</summary>
public static class DigestCommands
{
    /// <summary>Parses and runs a command line, writing to the given output and error (help and parse errors too).</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error) =>
        Build(output, error).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DigestBot: posts and answers from the weekly ML news digests.");
        root.Subcommands.Add(Digests("export", "Print every digest of the folder, and the problems met, as JSON.", output, error,
            parsed => output.WriteLine(ExportJson.Serialize(parsed))));
        root.Subcommands.Add(Digests("weeks", "List the digests found, with their entry counts per section.", output, error,
            parsed => output.Write(WeeksReport.Render(parsed))));
        return root;
    }

    private static Command Digests(string name, string description, TextWriter output, TextWriter error, Action<IReadOnlyList<ParsedDigest>> print)
    {
        var folder = new Option<string>("--digests")
        {
            Description = "The folder of digest Markdown files.",
            DefaultValueFactory = _ => "digests",
        };
        var command = new Command(name, description) { folder };
        command.SetAction(result =>
        {
            var path = result.GetValue(folder)!;
            IReadOnlyList<ParsedDigest> parsed;
            try
            {
                parsed = DigestFolder.Load(path);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException or IOException)
            {
                error.WriteLine($"digestbot {name}: {e.Message} (set --digests DIR)");
                return 2;
            }

            print(parsed);
            output.Flush();
            return 0;
        });
        return command;
    }
}
