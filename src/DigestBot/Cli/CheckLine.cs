namespace DigestBot.Cli;

/// <summary>One line of `digestbot check`: "telegram: ok (@DigestBot, channel @x)" or "x: 401 Unauthorized: check X:…".</summary>
public sealed record CheckLine(string Name, bool Ok, string Text)
{
    public static CheckLine Passed(string name, string what) => new(name, true, $"ok ({what})");

    public static CheckLine Failed(string name, string why) => new(name, false, why);

    public override string ToString() => $"{Name}: {Text}";
}
