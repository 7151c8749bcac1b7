using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DigestBot.Bluesky;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.X;

namespace DigestBot.Cli;

/// <summary>`digestbot preview --week 2020-W43 [--channel x] [--format json]`: exactly what would be sent, post by post.</summary>
public static class PreviewCommand
{
    public static Command Build(string digestsDefault, TextWriter output, TextWriter error)
    {
        var week = new Option<string>("--week") { Description = "2020-W43, 2020-43, 43 (latest year), #29 (issue) or 2020-09 (month).", Required = true };
        var channel = new Option<string?>("--channel") { Description = "telegram, x, mastodon or bluesky (default: all)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var folder = new Option<string>("--digests") { Description = "The folder of digest Markdown files.", DefaultValueFactory = _ => digestsDefault };
        var command = new Command("preview", "Print the posts a week would produce, with each post's length and limit.") { week, channel, format, folder };
        command.SetAction(result => Run(result.GetValue(week)!, result.GetValue(channel), result.GetValue(format)!, result.GetValue(folder)!, output, error));
        return command;
    }

    private static int Run(string week, string? channel, string format, string folder, TextWriter output, TextWriter error)
    {
        if (DigestCommands.Load("preview", folder, error) is not { } parsed)
        {
            return 2;
        }

        var digests = parsed.Select(p => p.Digest).ToList();
        var formats = channel is null ? PostFormats.All : PostFormats.Find(channel) is { } one ? [one] : null;
        if (formats is null)
        {
            error.WriteLine($"digestbot preview: unknown channel \"{channel}\"; use telegram, x, mastodon or bluesky");
            return 2;
        }

        if (DigestLookup.Find(digests, week) is not { } digest)
        {
            error.WriteLine($"digestbot preview: there is no digest for \"{week}\"; there are: {string.Join(", ", DigestLookup.Available(digests))}");
            return 2;
        }

        var posts = formats.SelectMany(f => WeekComposer.Compose(digest, f)).ToList();
        output.WriteLine(format.Equals("json", StringComparison.OrdinalIgnoreCase) ? AsJson(posts) : AsText(posts));
        return 0;
    }

    private static string AsJson(IReadOnlyList<Post> posts) =>
        JsonSerializer.Serialize(new { posts = posts.Select(p => new { channel = p.Channel, week = p.Week, kind = p.Kind, text = p.Text, url = p.Url, length = p.Length, limit = p.Limit }) }, CliJson.Options);

    private static string AsText(IReadOnlyList<Post> posts) =>
        string.Join("\n\n", posts.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"── {p.Channel} · {p.Kind} · {p.Length}/{p.Limit}{Thread(posts, p)} ──\n{p.Text}")));

    /// <summary>On X and Bluesky a week is a thread: each post after the header replies to the one before.</summary>
    private static string Thread(IReadOnlyList<Post> posts, Post post)
    {
        if (post.Channel is not (XFormat.Name or BlueskyFormat.Name))
        {
            return "";
        }

        var thread = posts.Where(p => p.Channel == post.Channel).ToList();
        var index = thread.IndexOf(post);
        return string.Create(CultureInfo.InvariantCulture, $" · thread {index + 1}/{thread.Count}{(index > 0 ? $", replies to {index}" : "")}");
    }
}
