using DigestBot.Commands;
using DigestBot.Languages;

namespace DigestBot.Subscribers;

/// <summary>/topics: what this chat's weekly posts follow.</summary>
public sealed class TopicsCommand(ITopicStore topics, BotTexts texts) : ICommandHandler
{
    public string Name => "topics";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        return CommandReply.Text(await topics.OfAsync(request.ChatId, cancellationToken) switch
        {
            null => say["TopicsNotSubscribed"],
            [] => say["TopicsEvery"],
            var list => say.Format("TopicsList", Topics.List(list), list.Count, Topics.MaxPerChat),
        });
    }
}
