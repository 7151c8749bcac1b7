using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Scheduling;

namespace DigestBot.Commands.Handlers;

/// <summary>/week [N | 2020-W43 | 2020-43]: a week's papers; alone, this week's (on the schedule's calendar), else the latest.</summary>
public sealed partial class WeekCommand(DigestCatalog catalog, FireCalendar calendar, TimeProvider time) : ICommandHandler
{
    public string Name => "week";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(arguments));

    private CommandReply Answer(string arguments)
    {
        var digests = catalog.Digests;
        if (arguments.Length == 0)
        {
            var (year, week) = calendar.WeekOf(time.GetUtcNow());
            var current = DigestLookup.Find(digests, $"{year}-W{week:00}") ?? Latest(digests);
            return current is null ? CommandReply.Text("There are no digests yet.") : catalog.Answer("week", current, WeekAnswer.Render);
        }

        if (!Spec().IsMatch(arguments))
        {
            return CommandReply.Text($"/week takes a week: /week 43, /week 2020-W43 or /week 2020-43 (not \"{Html.Escape(Clip(arguments))}\").");
        }

        return DigestLookup.Find(digests, arguments) is { } digest
            ? catalog.Answer("week", digest, WeekAnswer.Render)
            : CommandReply.Text($"There is no week {Html.Escape(arguments)}. Weeks that exist: {string.Join(", ", DigestLookup.Available(digests))}.");
    }

    internal static Digest? Latest(IReadOnlyList<Digest> digests) =>
        digests.Where(d => d.Year is not null && d.Week is not null).OrderBy(d => d.Year).ThenBy(d => d.Week).LastOrDefault();

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(\d{1,2}|\d{4}-[Ww]?\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Spec();
}
