using Microsoft.Extensions.Hosting;

namespace DigestBot.Cli;

/// <summary>
/// Builds the bot's host (Program.BuildHost): with <paramref name="serve"/> for `run` (the scheduler, and commands
/// from Telegram or standard input), without for one-off commands.
/// </summary>
public delegate IHost HostFactory(bool serve);
