namespace DigestBot.Scheduling;

/// <summary>When the week's posts go out: a Quartz cron expression in an IANA time zone.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>Quartz cron (seconds first): the default is Monday 09:00.</summary>
    public string Cron { get; set; } = "0 0 9 ? * MON";

    public string TimeZone { get; set; } = "UTC";
}
