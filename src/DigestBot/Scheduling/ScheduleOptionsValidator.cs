using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Scheduling;

public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var errors = Problems(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IEnumerable<string> Problems(ScheduleOptions options)
    {
        if (!CronExpression.TryParse(options.Cron, out _))
        {
            yield return $"Schedule:Cron \"{options.Cron}\" is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 9 ? * MON\").";
        }

        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            yield return $"Schedule:TimeZone \"{options.TimeZone}\" is not a known time zone: use an IANA id such as UTC or Europe/Berlin.";
        }
    }
}
