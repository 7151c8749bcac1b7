namespace DigestBot.Commands.Buttons;

/// <summary>
/// What a button press gets: the answer that replaces the pressed message (null: the message stays), and a short
/// notice shown to the person who pressed (null: none).
/// </summary>
public sealed record ButtonAnswer(CommandReply? Reply, string? Notice)
{
    public static ButtonAnswer Notify(string notice) => new(null, notice);
}
