namespace DigestBot.Storage;

/// <summary>The ledger's SQL (SQLite dialect) and the names its states have in the table.</summary>
internal static class LedgerSql
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS posts (
            week TEXT NOT NULL,
            entry TEXT NOT NULL,
            channel TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            message_id TEXT NULL,
            reason TEXT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (week, entry, channel));
        """;

    public const string Insert = """
        INSERT INTO posts (week, entry, channel, position, text, state, updated_at)
        VALUES ($week, $entry, $channel, $position, $text, 'pending', $now)
        ON CONFLICT (week, entry, channel) DO UPDATE SET position = excluded.position, text = excluded.text
        WHERE posts.state = 'pending';
        """;

    public const string Move = """
        UPDATE posts SET state = $to, reason = $reason, updated_at = $now
        WHERE week = $week AND entry = $entry AND channel = $channel AND state = $from;
        """;

    public const string Sent = """
        UPDATE posts SET state = 'sent', message_id = $message, reason = NULL, updated_at = $now
        WHERE week = $week AND entry = $entry AND channel = $channel;
        """;

    // Times are stored as round-trip UTC strings, which sort as the times do.
    public const string SentSince = "SELECT updated_at FROM posts WHERE channel = $channel AND state = 'sent' AND updated_at >= $since ORDER BY updated_at;";

    private const string Columns = "SELECT week, entry, channel, position, text, state, message_id, reason, updated_at FROM posts";

    public const string SelectWeekChannel = Columns + " WHERE week = $week AND channel = $channel ORDER BY position;";

    public const string SelectWeek = Columns + " WHERE week = $week ORDER BY channel, position;";

    public const string SelectAll = Columns + " ORDER BY week, channel, position;";

    public static string Name(PostState state) => state switch
    {
        PostState.Pending => "pending",
        PostState.Sending => "sending",
        PostState.Sent => "sent",
        _ => "failed",
    };

    public static PostState State(string name) => name switch
    {
        "pending" => PostState.Pending,
        "sending" => PostState.Sending,
        "sent" => PostState.Sent,
        _ => PostState.Failed,
    };
}
