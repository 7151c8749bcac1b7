using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Cluster;

public static class ClusterServices
{
    /// <summary>Cluster settings, and who polls Telegram: with PostgreSQL the holder of an advisory lock, else this instance.</summary>
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        if (IsClustered(builder.Configuration))
        {
            builder.Services.AddSingleton<IPollerElection, PostgresPollerElection>();
        }
        else
        {
            builder.Services.AddSingleton<IPollerElection, SoleInstance>();
        }

        return builder;
    }

    /// <summary>Whether the settings ask for PostgreSQL, so for several instances (read before the options are validated).</summary>
    public static bool IsClustered(IConfiguration configuration) =>
        (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).IsPostgres;
}
