using DigestBot.Commands;
using DigestBot.Languages;

namespace DigestBot.Subscribers;

/// <summary>
/// /subscribe: each week's papers come to this chat too. /subscribe gan diffusion: only the papers about those
/// topics (added to the chat's topics); /subscribe alone on a chat with topics: every paper again.
/// </summary>
public sealed class SubscribeCommand(ISubscriberStore subscribers, ITopicStore topics, BotTexts texts) : ICommandHandler
{
    public string Name => "subscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var (words, refusal) = Topics.Parse(arguments, say);
        if (refusal is not null)
        {
            return CommandReply.Text(refusal);
        }

        if (words.Count == 0)
        {
            return CommandReply.Text(await EverythingAsync(request.ChatId, say, cancellationToken));
        }

        var change = await topics.AddAsync(request.ChatId, words, Topics.MaxPerChat, cancellationToken);
        if (change.Refused)
        {
            return CommandReply.Text(Topics.TooMany(change.Topics.Union(words, StringComparer.Ordinal).Count(), say));
        }

        return CommandReply.Text(say.Format(change.NewSubscriber ? "SubscribedTopics" : "TopicsNow", Topics.List(change.Topics)));
    }

    private async Task<string> EverythingAsync(long chatId, TextSet say, CancellationToken cancellationToken)
    {
        if (await subscribers.AddAsync(chatId, cancellationToken))
        {
            return say["SubscribedAll"];
        }

        return await topics.ClearAsync(chatId, cancellationToken) > 0
            ? say["AllAgain"]
            : say["AlreadyAll"];
    }
}
