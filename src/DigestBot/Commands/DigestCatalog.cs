using System.Collections.Concurrent;
using DigestBot.Commands.Buttons;
using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands;

/// <summary>
/// The digests as commands see them: read from the folder at most once a minute (a new week shows up within a
/// minute), with each week's answer rendered once per reading and language.
/// </summary>
public sealed class DigestCatalog(DigestLibrary library, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;

    public IReadOnlyList<Digest> Digests => Current().Digests;

    /// <summary>The rendered answer for a digest, made once per reading of the folder.</summary>
    public CommandReply Answer(string kind, Digest digest, Func<Digest, CommandReply> render) =>
        Current().Answers.GetOrAdd($"{kind} {digest.File}", _ => render(digest));

    /// <summary>A week's answer with its buttons (the weeks either side, the picks).</summary>
    public CommandReply Week(Digest digest, TextSet texts) =>
        Answer("week " + texts.Language, digest, d => WeekAnswer.Render(d, texts) with { Buttons = WeekButtons.ForWeek(d, Digests, texts) });

    /// <summary>A week's picks with a button back to the week.</summary>
    public CommandReply Picks(Digest digest, TextSet texts) =>
        Answer("picks " + texts.Language, digest, d => WeekAnswer.Picks(d, texts) with { Buttons = WeekButtons.ForPicks(d) });

    private Snapshot Current()
    {
        var now = time.GetUtcNow();
        var snapshot = _snapshot;
        if (snapshot is not null && now - snapshot.ReadAt < MaxAge)
        {
            return snapshot;
        }

        lock (_gate)
        {
            if (_snapshot is null || now - _snapshot.ReadAt >= MaxAge)
            {
                _snapshot = new Snapshot(now, library.Load(), new ConcurrentDictionary<string, CommandReply>(StringComparer.Ordinal));
            }

            return _snapshot;
        }
    }

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyList<Digest> Digests, ConcurrentDictionary<string, CommandReply> Answers);
}
