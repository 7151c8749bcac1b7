using DigestBot.Digests;
using Microsoft.Extensions.Configuration;

namespace DigestBot.Cli;

/// <summary>
/// Non-secret defaults from bot.settings.json (beside the program), overridden by environment variables in the
/// standard .NET form (Telegram__BotToken), overridden by --Section:Key=value arguments.
/// </summary>
public static class BotSettings
{
    public static IConfiguration Load(IEnumerable<string>? settingArgs = null) =>
        AddSources(new ConfigurationBuilder(), settingArgs ?? []).Build();

    public static IConfigurationBuilder AddSources(IConfigurationBuilder builder, IEnumerable<string> settingArgs) =>
        builder
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "bot.settings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settingArgs.ToArray());

    /// <summary>The digests folder: Digests:Path, else "digests" (relative to the current directory).</summary>
    public static string DigestsPath(IConfiguration configuration) =>
        configuration[$"{DigestsOptions.Section}:{nameof(DigestsOptions.Path)}"] is { Length: > 0 } path ? path : DigestsOptions.DefaultPath;

    /// <summary>
    /// Splits a command line into setting overrides (--Section:Key=value or --Section:Key value) and the rest,
    /// which the command parser reads.
    /// </summary>
    public static (string[] Settings, string[] Command) Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || !name.Contains(':', StringComparison.Ordinal))
            {
                rest.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                settings.Add(args[++i]);
            }
        }

        return (settings.ToArray(), rest.ToArray());
    }
}
