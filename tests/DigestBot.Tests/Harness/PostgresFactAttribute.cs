namespace DigestBot.Tests.Harness;

/// <summary>
/// A test that needs the PostgreSQL server .ci/run starts. Outside CI, without that server, it is skipped with a
/// message saying how to run it; under .ci/run (DIGESTBOT_CI=1) it always runs, and fails if the server is missing.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.UnderCi)
        {
            Skip = $"needs PostgreSQL: run .ci/run, or `source .ci/postgres.sh && postgres_start` and then the tests ({PostgresServer.Variable} is not set)";
        }
    }
}
