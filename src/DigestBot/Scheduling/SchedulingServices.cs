using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Scheduling;

public static class SchedulingServices
{
    private static readonly TriggerKey CronTrigger = new("weekly-posts-cron", "digestbot");

    /// <summary>
    /// The schedule's options and calendar, the cluster's options, and who polls Telegram: with PostgreSQL the holder
    /// of an advisory lock, else this instance. Without the scheduler itself (<see cref="AddScheduler"/>).
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        builder.Services.AddSingleton<FireCalendar>();
        builder.Services.AddSingleton<StartupRun>();
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        builder.Services.AddSingleton<IPollerElection>(services => services.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresPollerElection>(services)
            : new SoleInstance());
        return builder;
    }

    /// <summary>The Quartz scheduler: the weekly job, its cron trigger in the configured zone, and a run at every start.</summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<WeeklyPostJob>();

        // The trigger is built here, before options validation runs; a bad cron or zone is left to the validator,
        // which stops the host with a message naming the setting.
        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var valid = !ScheduleOptionsValidator.Problems(schedule).Any();
        builder.AddQuartz(quartz =>
        {
            // On shutdown the running job is asked to stop and waited for: a post mid-call stays "sending" (unknown).
            quartz.ConfigureScheduler(scheduler => scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            if (IsClustered(builder.Configuration))
            {
                quartz.UseClusteredStore(builder.Configuration);
            }

            // RequestRecovery: in a cluster, a run cut short by the death of its instance is run again by another.
            quartz.AddJob<WeeklyPostJob>(job => job.WithIdentity(WeeklyPostJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Posts the week's papers to every channel"));
            if (valid)
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
                quartz.AddTrigger(trigger => trigger.ForJob(WeeklyPostJob.Key).WithIdentity(CronTrigger)
                    .WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                quartz.RunAtStartup(WeeklyPostJob.Key);
            }
        });
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>
    /// Whether the settings ask for PostgreSQL, so for several instances. Quartz takes its job store when it is
    /// registered, before the options are validated, so this reads the settings themselves; a bad value is reported
    /// by the validator before the host starts.
    /// </summary>
    private static bool IsClustered(IConfiguration configuration) =>
        (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).IsPostgres;
}
