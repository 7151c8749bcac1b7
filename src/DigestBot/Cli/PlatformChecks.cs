using System.Text.Json.Nodes;
using DigestBot.Bluesky;
using DigestBot.Mastodon;
using DigestBot.Storage;
using DigestBot.Telegram;
using DigestBot.X;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;

namespace DigestBot.Cli;

/// <summary>
/// One call per configured platform that proves the settings work without posting anything: Telegram getMe and
/// getChat, X GET /2/users/me, Mastodon verify_credentials, Bluesky createSession; and a connection to the database.
/// </summary>
internal static class PlatformChecks
{
    public static IEnumerable<(string Name, Func<IServiceProvider, CancellationToken, Task<CheckLine>> Run)> Configured(IServiceProvider services)
    {
        yield return ("database", DatabaseAsync);
        if (services.GetRequiredService<IOptions<TelegramOptions>>().Value.HasToken)
        {
            yield return ("telegram", TelegramAsync);
        }

        if (services.GetRequiredService<IOptions<XOptions>>().Value.Configured)
        {
            yield return ("x", XAsync);
        }

        if (services.GetRequiredService<IOptions<MastodonOptions>>().Value.Configured)
        {
            yield return ("mastodon", MastodonAsync);
        }

        if (services.GetRequiredService<IOptions<BlueskyOptions>>().Value.Configured)
        {
            yield return ("bluesky", BlueskyAsync);
        }
    }

    private static async Task<CheckLine> DatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using var connection = await services.GetRequiredService<StateDatabase>().OpenAsync(cancellationToken);
        return CheckLine.Passed("database", $"{storage.Provider}, {connection.DataSource}");
    }

    private static async Task<CheckLine> TelegramAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var bot = services.GetRequiredService<ITelegramBotClient>();
        var channel = services.GetRequiredService<IOptions<TelegramOptions>>().Value.ChannelId;
        try
        {
            var me = await bot.GetMe(cancellationToken);
            if (string.IsNullOrWhiteSpace(channel))
            {
                return CheckLine.Passed("telegram", $"@{me.Username}, no channel: Telegram:ChannelId is not set");
            }

            var chat = await bot.GetChat(ChatOf(channel), cancellationToken);
            return CheckLine.Passed("telegram", $"@{me.Username}, channel {(chat.Username is { } name ? "@" + name : chat.Title ?? channel)}");
        }
        catch (ApiRequestException e)
        {
            var setting = e.ErrorCode == 401 ? "Telegram:BotToken" : "Telegram:ChannelId (and that the bot is an administrator of the channel)";
            return CheckLine.Failed("telegram", $"{e.ErrorCode} {e.Message}: check {setting}");
        }
    }

    private static async Task<CheckLine> XAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (status, detail) = await services.GetRequiredService<XClient>().GetMeAsync(cancellationToken);
        return status == 200
            ? CheckLine.Passed("x", detail)
            : CheckLine.Failed("x", $"{status} {detail}: check X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret");
    }

    private static async Task<CheckLine> MastodonAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (status, detail) = await services.GetRequiredService<MastodonClient>().VerifyCredentialsAsync(cancellationToken);
        return status == 200
            ? CheckLine.Passed("mastodon", detail)
            : CheckLine.Failed("mastodon", $"{status} {detail}: check Mastodon:AccessToken and Mastodon:InstanceUrl");
    }

    private static async Task<CheckLine> BlueskyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<BlueskyOptions>>().Value;
        var login = new JsonObject { ["identifier"] = options.Identifier, ["password"] = options.AppPassword };
        var reply = await services.GetRequiredService<Xrpc>().ProcedureAsync("com.atproto.server.createSession", login, null, cancellationToken);
        return reply switch
        {
            XrpcReply.Answer { Ok: true, Body: var body } => CheckLine.Passed("bluesky", "@" + (body?["handle"]?.ToString() ?? options.Identifier)),
            XrpcReply.Answer answer => CheckLine.Failed("bluesky",
                $"{answer.Status} {answer.Error}: {answer.Message}: check Bluesky:Identifier and Bluesky:AppPassword (an app password)"),
            XrpcReply.Unreachable or XrpcReply.NoAnswer => CheckLine.Failed("bluesky", $"{Why(reply)}: check Bluesky:ServiceUrl"),
            _ => CheckLine.Failed("bluesky", reply.ToString()),
        };
    }

    private static string Why(XrpcReply reply) => reply switch
    {
        XrpcReply.Unreachable unreachable => unreachable.Why,
        XrpcReply.NoAnswer none => none.Why,
        _ => "",
    };

    private static ChatId ChatOf(string id) => long.TryParse(id, out var numeric) ? new ChatId(numeric) : new ChatId(id);
}
