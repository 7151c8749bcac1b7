namespace DigestBot.Bluesky;

/// <summary>
/// The account's session, kept in memory for the life of the process (one createSession, then refreshSession when
/// the access token expires). Never logged or written anywhere.
/// </summary>
public sealed class BlueskySession
{
    public SemaphoreSlim Lock { get; } = new(1, 1);

    public Tokens? Current { get; set; }

    public sealed record Tokens(string Did, string AccessJwt, string RefreshJwt)
    {
        public override string ToString() => $"session of {Did}"; // a record would print the tokens
    }
}
