using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Publishing;

namespace DigestBot.Admin;

/// <summary>Posting a week to channels through the ledger, as `digestbot post` does, with the reports as the answer.</summary>
public sealed class WeekPosting(DigestLibrary library, Channels channels, Publisher publisher)
{
    /// <summary>The digest for what was typed, or null with the answer that says which weeks exist.</summary>
    public (Digest? Digest, string? Problem) Find(string week, TextSet say)
    {
        var digests = library.Load();
        return DigestLookup.Find(digests, week) is { } digest
            ? (digest, null)
            : (null, say.Format("Admin_NoDigest", Commands.Html.Escape(week), string.Join(", ", DigestLookup.Available(digests))));
    }

    public IChannel? Channel(string name) => channels.Find(name);

    public string ChannelNames => string.Join(", ", channels.Configured.Select(c => c.Name));

    public async Task<string> PostAsync(Digest digest, IReadOnlyList<IChannel>? targets, PublishMode mode, CancellationToken cancellationToken)
    {
        var reports = new List<string>();
        foreach (var target in targets ?? channels.Configured)
        {
            reports.Add((await publisher.PublishAsync(digest, target, mode, cancellationToken)).ToString());
        }

        return string.Join("\n", reports);
    }
}
