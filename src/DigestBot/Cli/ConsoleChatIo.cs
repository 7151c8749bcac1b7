namespace DigestBot.Cli;

/// <summary>Where the console chat reads and writes; Echo repeats each command when input is not typed at a terminal.</summary>
public sealed record ConsoleChatIo(TextReader Input, TextWriter Output, bool Echo);
