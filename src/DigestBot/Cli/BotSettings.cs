using Microsoft.Extensions.Configuration;

namespace DigestBot.Cli;

/// <summary>
/// Non-secret defaults from bot.settings.json (beside the program), overridden by environment variables in the
/// standard .NET form (Digests__Path). Command-line options override both.
/// </summary>
public static class BotSettings
{
    public static IConfiguration Load(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("bot.settings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();

    /// <summary>The digests folder: Digests:Path, else "digests" (relative to the current directory).</summary>
    public static string DigestsPath(IConfiguration configuration) =>
        configuration["Digests:Path"] is { Length: > 0 } path ? path : "digests";
}
