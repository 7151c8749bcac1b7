using DigestBot.Commands;
using Telegram.Bot.Types.ReplyMarkups;

namespace DigestBot.Telegram;

/// <summary>An answer's buttons as Telegram's inline keyboard: one row, each button sending its callback data.</summary>
public static class InlineKeyboard
{
    public static InlineKeyboardMarkup? From(IReadOnlyList<ReplyButton>? buttons) =>
        buttons is { Count: > 0 } ? new InlineKeyboardMarkup(buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))) : null;
}
