namespace DigestBot.Publishing;

/// <summary>
/// One post as the publisher hands it to a channel: its ledger key (the same on every attempt: Mastodon's
/// idempotency key, Bluesky's record key come from it), the text, and the platform ids of the week's thread so
/// far: <paramref name="Previous"/> the last sent post (the reply's parent), <paramref name="First"/> the first
/// (the thread's root). Both come from the ledger, so a thread continues after a crash.
/// </summary>
public sealed record OutgoingPost(PostKey Key, string Text, string? Previous = null, string? First = null);
