namespace DigestBot.Publishing;

/// <summary>
/// The ledger's SQL, which SQLite and PostgreSQL both run, and the names its states have in the table.
/// Every change of state is a compare-and-set on the current state: in PostgreSQL the UPDATE takes the row's
/// lock and re-checks the state after a concurrent change, so of two instances claiming a post only one matches.
/// </summary>
internal static class LedgerSql
{
    public const string Insert = """
        INSERT INTO posts (week, entry, channel, position, text, state, updated_at)
        VALUES (@week, @entry, @channel, @position, @text, 'pending', @now)
        ON CONFLICT (week, entry, channel) DO UPDATE SET position = excluded.position, text = excluded.text
        WHERE posts.state = 'pending';
        """;

    public const string Move = """
        UPDATE posts SET state = @to, reason = @reason, never_retry = @neverRetry, updated_at = @now
        WHERE week = @week AND entry = @entry AND channel = @channel AND state = @from;
        """;

    public const string Sent = """
        UPDATE posts SET state = 'sent', message_id = @message, reason = NULL, updated_at = @now
        WHERE week = @week AND entry = @entry AND channel = @channel;
        """;

    public const string SentSince = "SELECT updated_at FROM posts WHERE channel = @channel AND state = 'sent' AND updated_at >= @since ORDER BY updated_at;";

    private const string Columns = "SELECT week, entry, channel, position, text, state, message_id, reason, updated_at, never_retry FROM posts";

    public const string SelectWeekChannel = Columns + " WHERE week = @week AND channel = @channel ORDER BY position;";

    public const string SelectWeek = Columns + " WHERE week = @week ORDER BY channel, position;";

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
