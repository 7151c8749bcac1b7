namespace DigestBot.Scheduling;

/// <summary>
/// How instances sharing a PostgreSQL database (Storage:Provider=postgres) watch each other. Unused with SQLite.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>How often each instance checks in with Quartz's cluster table.</summary>
    public double CheckinIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// How late a check-in may be before the others take the instance for dead and recover its running job:
    /// a dead instance's week is taken over after about twice the interval plus this.
    /// </summary>
    public double CheckinMisfireThresholdSeconds { get; set; } = 10;

    /// <summary>How often an instance that does not poll Telegram tries to take over polling, and the poller checks its lock.</summary>
    public double PollerRetrySeconds { get; set; } = 5;
}
