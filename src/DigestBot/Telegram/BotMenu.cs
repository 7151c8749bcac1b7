using DigestBot.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DigestBot.Telegram;

/// <summary>The command menu (setMyCommands): English for everyone, Chinese for language_code zh.</summary>
public static class BotMenu
{
    public static async Task SetAsync(ITelegramBotClient bot, CancellationToken cancellationToken)
    {
        await bot.SetMyCommands(CommandMenu.Items.Select(i => new BotCommand { Command = i.Name, Description = i.English }), cancellationToken: cancellationToken);
        await bot.SetMyCommands(CommandMenu.Items.Select(i => new BotCommand { Command = i.Name, Description = i.Chinese }), languageCode: "zh", cancellationToken: cancellationToken);
    }
}
