using System.Text.RegularExpressions;
using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>
/// /start: the help, or, when someone opened the bot from a deep link (t.me/Bot?start=w2020-43), what the link
/// names: "w2020-43" answers as /week 2020-43, "p2010_01412" (or "p2010.01412") as /paper 2010.01412. Telegram
/// allows only A-Z, a-z, 0-9, _ and - in a start parameter, hence the underscore.
/// </summary>
public sealed partial class StartCommand(WeekCommand week, PaperCommand paper, BotTexts texts) : ICommandHandler
{
    public string Name => "start";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        if (Payload().Match(arguments) is not { Success: true } link)
        {
            return Task.FromResult(CommandReply.Text(CommandMenu.Help(texts.For(request.LanguageCode))));
        }

        return link.Groups["week"].Success
            ? week.HandleAsync(request, link.Groups["week"].Value, cancellationToken)
            : paper.HandleAsync(request, link.Groups["paper"].Value.Replace('_', '.'), cancellationToken);
    }

    /// <summary>The start parameter of a week's or a paper's deep link.</summary>
    public static string WeekPayload(int year, int week) => FormattableString.Invariant($"w{year}-{week:00}");

    [GeneratedRegex(@"^(?:w(?<week>\d{4}-\d{1,2})|p(?<paper>\d{4}[._]\d{4,5}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Payload();
}
