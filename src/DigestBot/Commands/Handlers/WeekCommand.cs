using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Scheduling;

namespace DigestBot.Commands.Handlers;

/// <summary>/week [N | 2020-W43 | 2020-43]: a week's papers; alone, this week's (on the schedule's calendar), else the latest.</summary>
public sealed partial class WeekCommand(DigestCatalog catalog, FireCalendar calendar, TimeProvider time, BotTexts texts) : ICommandHandler
{
    public string Name => "week";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(arguments, texts.For(request.LanguageCode)));

    private CommandReply Answer(string arguments, TextSet say)
    {
        var digests = catalog.Digests;
        if (arguments.Length == 0)
        {
            var current = DigestLookup.Find(digests, FireCalendar.Label(calendar.WeekOf(time.GetUtcNow()))) ?? DigestLookup.Latest(digests);
            return current is null ? CommandReply.Text(say["NoDigests"]) : catalog.Week(current, say);
        }

        if (!Spec().IsMatch(arguments))
        {
            return CommandReply.Text(say.Format("WeekUsage", Html.Escape(Clip(arguments))));
        }

        return DigestLookup.Find(digests, arguments) is { } digest
            ? catalog.Week(digest, say)
            : NoSuchWeek(arguments, digests, say);
    }

    /// <summary>"There is no week …", with the weeks that exist (for /week and /picks).</summary>
    internal static CommandReply NoSuchWeek(string spec, IReadOnlyList<Digest> digests, TextSet say) =>
        CommandReply.Text(say.Format("NoSuchWeek", Html.Escape(Clip(spec)), string.Join(", ", DigestLookup.Available(digests))));

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(\d{1,2}|\d{4}-[Ww]?\d{1,2})$", RegexOptions.CultureInvariant)]
    internal static partial Regex Spec();
}
