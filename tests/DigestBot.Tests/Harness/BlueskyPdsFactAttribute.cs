namespace DigestBot.Tests.Harness;

/// <summary>
/// A test that needs the reference Bluesky PDS .ci/run starts. Outside CI, without it, it is skipped with a message
/// saying how to run it; under .ci/run (DIGESTBOT_CI=1) it always runs, and fails if the server is missing.
/// </summary>
public sealed class BlueskyPdsFactAttribute : FactAttribute
{
    public BlueskyPdsFactAttribute()
    {
        if (BlueskyPds.Url is null && !PostgresServer.UnderCi)
        {
            Skip = $"needs the reference Bluesky PDS: run .ci/run, or `source .ci/bluesky-pds.sh && bluesky_pds_start` and then the tests ({BlueskyPds.Variable} is not set)";
        }
    }
}
