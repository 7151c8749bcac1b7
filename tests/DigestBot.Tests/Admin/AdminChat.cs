using DigestBot.Tests.Harness;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Tests.Admin;

/// <summary>A bot with a Telegram channel that answers chat commands, with <see cref="Owner"/> as its one admin.</summary>
internal static class AdminChat
{
    public const long Owner = 1001;

    public const long Stranger = 1002;

    public static async Task<IHost> StartAsync(BotHarness bot)
    {
        bot.ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        bot.ExtraSettings["Telegram:AdminIds:0"] = $"{Owner}";
        var host = bot.BuildHost();
        await host.StartAsync();
        return host;
    }

    public static int ChannelPosts(BotHarness bot) => bot.Api.Delivered.Count(m => m.ChatId == "@digestbot_test");
}
