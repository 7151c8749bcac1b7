namespace DigestBot.Commands;

/// <summary>
/// A button under an answer: its label, and the data a press sends back (at most 64 bytes, as Telegram allows),
/// which <see cref="Buttons.ButtonPress"/> reads. Front ends render it their own way (Telegram: an inline keyboard).
/// </summary>
public sealed record ReplyButton(string Text, string Data);
