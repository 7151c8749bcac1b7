namespace DigestBot.Commands;

/// <summary>Reads "/week@DigestBot 2020-W43" into its parts; anything that is not a command gives null.</summary>
public static class CommandParser
{
    public static CommandLine? Parse(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1]))
        {
            return null;
        }

        var end = trimmed.IndexOfAny(" \t\r\n");
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var rest = end < 0 ? "" : trimmed[end..].Trim().ToString();
        var at = head.IndexOf('@');
        var name = (at < 0 ? head : head[..at]).ToString().ToLowerInvariant();
        var bot = at < 0 ? null : head[(at + 1)..].ToString();
        return name.Length > 32 ? null : new CommandLine(name, bot, rest);
    }
}
