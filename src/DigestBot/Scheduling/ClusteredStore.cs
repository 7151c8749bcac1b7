using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Quartz;

namespace DigestBot.Scheduling;

/// <summary>
/// Quartz's own clustered ADO.NET job store on the bot's PostgreSQL database: every instance uses the scheduler
/// name "digestbot" and a generated instance id, so the cron trigger fires on one instance only, and a run
/// whose instance died is recovered by another. Quartz creates its tables (its official PostgreSQL script for
/// this version, shipped inside the package) when they are absent.
/// </summary>
internal static class ClusteredStore
{
    public const string SchedulerName = "digestbot";

    public static void UseClusteredStore(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var cluster = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        var defaults = new ClusterOptions();
        quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, storage.ConnectionString);
            store.ProvisionSchema();
            store.UseClustering(clustering =>
            {
                clustering.CheckinInterval = Seconds(cluster.CheckinIntervalSeconds, defaults.CheckinIntervalSeconds);
                clustering.CheckinMisfireThreshold = Seconds(cluster.CheckinMisfireThresholdSeconds, defaults.CheckinMisfireThresholdSeconds);
            });
        });
    }

    // A bad value is reported by ClusterOptionsValidator when the host starts; until then, the default stands in.
    private static TimeSpan Seconds(double value, double fallback) =>
        TimeSpan.FromSeconds(ClusterOptionsValidator.IsValid(value) ? value : fallback);
}
