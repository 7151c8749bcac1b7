namespace DigestBot.Digests;

/// <summary>
/// The walker's working objects, kept per thread rather than made for every walk (making them was 2% of what a
/// parse allocates). Walks on a thread run one at a time, and each object is cleared where it is used.
/// </summary>
internal sealed class WalkScratch
{
    [ThreadStatic]
    private static WalkScratch? shared;

    public EmbedCards Cards { get; } = new();

    public EntryBuilder Builder { get; } = new();

    public List<Token> ContainerTokens { get; } = [];

    public List<string> LeadUrls { get; } = [];

    public List<string> CardUrls { get; } = [];

    public List<string> CardTitles { get; } = [];

    /// <summary>This thread's scratch, with no embed card open (a walk that failed may have left one open).</summary>
    public static WalkScratch ForThread()
    {
        var scratch = shared ??= new WalkScratch();
        scratch.Cards.Reset();
        return scratch;
    }
}
