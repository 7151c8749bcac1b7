using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Scheduling;

/// <summary>The schedule's fire times, and the ISO week each one posts.</summary>
public sealed class FireCalendar(IOptions<ScheduleOptions> options)
{
    private static readonly TimeSpan[] Lookbacks = [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(8), TimeSpan.FromDays(32), TimeSpan.FromDays(367)];

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The last time the schedule fired (or should have) at or before <paramref name="now"/>.</summary>
    public DateTimeOffset? LastFireAtOrBefore(DateTimeOffset now)
    {
        var cron = new CronExpression(options.Value.Cron, TimeZone);
        foreach (var lookback in Lookbacks)
        {
            DateTimeOffset? last = null;
            for (var next = cron.GetNextValidTimeAfter(now - lookback); next is { } fire && fire <= now; next = cron.GetNextValidTimeAfter(fire))
            {
                last = fire;
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>The next fire after <paramref name="now"/>.</summary>
    public DateTimeOffset? NextFireAfter(DateTimeOffset now) => new CronExpression(options.Value.Cron, TimeZone).GetNextValidTimeAfter(now);

    /// <summary>The ISO year and week of a fire, on the schedule's calendar.</summary>
    public (int Year, int Week) WeekOf(DateTimeOffset fire)
    {
        var local = TimeZoneInfo.ConvertTime(fire, TimeZone).DateTime;
        return (ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    public static string Label((int Year, int Week) week) => string.Create(CultureInfo.InvariantCulture, $"{week.Year}-W{week.Week:00}");
}
