using DigestBot.Cli;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Configuration;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Cli;

/// <summary>Every bad setting stops the bot before it starts, with one line that names the setting.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Schedule:Cron", "every monday", "digestbot run: Schedule:Cron \"every monday\" is not a Quartz cron expression")]
    [InlineData("Schedule:Cron", "0 0 25 ? * MON", "digestbot run: Schedule:Cron \"0 0 25 ? * MON\" is not a Quartz cron expression")]
    [InlineData("Schedule:TimeZone", "Mars/Olympus", "digestbot run: Schedule:TimeZone \"Mars/Olympus\" is not a known time zone")]
    [InlineData("Telegram:BotToken", "12345", "digestbot run: Telegram:BotToken is malformed")]
    [InlineData("Telegram:ChannelId", "digest channel", "digestbot run: Telegram:ChannelId \"digest channel\" is not a channel")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "digestbot run: Telegram:ApiBaseUrl \"api.telegram.org\" is not an http(s) URL")]
    [InlineData("Telegram:ChannelMessagesPerMinute", "0", "digestbot run: Telegram:ChannelMessagesPerMinute must be between 1 and 20")]
    [InlineData("Telegram:MessagesPerSecond", "31", "digestbot run: Telegram:MessagesPerSecond must be between 1 and 30 (Telegram allows about 30 a second; set Telegram:PaidBroadcast=true to go past it).")]
    [InlineData("Telegram:ChatSpacingSeconds", "0.5", "digestbot run: Telegram:ChatSpacingSeconds must be between 1 and 60")]
    [InlineData("Commands:AnswerTimeoutSeconds", "0", "digestbot run: Commands:AnswerTimeoutSeconds must be between 1 and 3600.")]
    [InlineData("Digests:Path", "no/such/folder", "digestbot run: Digests:Path \"no/such/folder\" is not a folder")]
    [InlineData("Storage:ConnectionString", "", "digestbot run: Storage:ConnectionString is empty")]
    [InlineData("Storage:ConnectionString", "Server=db;Colour=blue", "digestbot run: Storage:ConnectionString is not a SQLite connection string")]
    [InlineData("Storage:Provider", "mysql", "digestbot run: Storage:Provider \"mysql\" is not known")]
    [InlineData("Storage:Provider", "postgres", "digestbot run: Storage:ConnectionString is a SQLite connection string, but Storage:Provider is postgres")]
    [InlineData("Cluster:PollerRetrySeconds", "0", "digestbot run: Cluster:PollerRetrySeconds is 0")]
    public async Task A_bad_setting_stops_the_bot_with_one_line_naming_it(string key, string value, string message)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 0));
        bot.ExtraSettings[key] = value;

        var exit = await bot.RunAsync("run");

        Assert.Equal(2, exit);
        var line = Assert.Single(bot.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        Assert.Empty(bot.Api.Calls);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("run")]
    public async Task A_postgres_database_that_cannot_be_reached_stops_the_command_with_one_line_and_no_secret(string command)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 0));
        var port = LoopbackPort.Closed();
        bot.ExtraSettings["Storage:Provider"] = "postgres";
        bot.ExtraSettings["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=bot;Password=pg-secret-1234;Database=digestbot;Timeout=5";

        var exit = await bot.RunAsync(command);

        Assert.Equal(3, exit);
        Assert.Contains($"digestbot {command}: the state database cannot be used (Failed to connect to 127.0.0.1:{port}", bot.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pg-secret-1234", bot.Error + bot.Output.ToString() + string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
        Assert.Empty(bot.Api.Calls);
    }

    [Fact]
    public async Task A_bad_setting_given_on_the_command_line_is_named_the_same_way()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Program.RunAsync(["run", "--Schedule:Cron", "* * *", $"--Digests:Path={RepoPaths.SampleDigests}"], output, error);

        Assert.Equal(2, exit);
        Assert.Equal("digestbot run: Schedule:Cron \"* * *\" is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 9 ? * MON\").",
            error.ToString().Trim());
    }

    [Fact]
    public async Task A_channel_without_a_token_is_an_error_and_a_malformed_token_is_never_shown()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 0));
        bot.ExtraSettings["Telegram:BotToken"] = "";
        Assert.Equal(2, await bot.RunAsync("post", "--week", "2020-W43"));
        Assert.StartsWith("digestbot post: Telegram:BotToken is missing", bot.Error.ToString(), StringComparison.Ordinal);

        bot.ExtraSettings["Telegram:BotToken"] = "987654321:short-secret-value";
        Assert.Equal(2, await bot.RunAsync("post", "--week", "2020-W43"));
        Assert.Contains("Telegram:BotToken is malformed", bot.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", bot.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_on_the_command_line_are_split_from_the_command()
    {
        var (settings, command) = BotSettings.Split(["post", "--Telegram:ChannelId", "@x", "--week", "43", "--Schedule:Cron=0 0 9 ? * MON"]);

        Assert.Equal(["--Telegram:ChannelId", "@x", "--Schedule:Cron=0 0 9 ? * MON"], settings);
        Assert.Equal(["post", "--week", "43"], command);
    }

    [Fact]
    public void Environment_variables_override_the_settings_file_and_the_command_line_overrides_both()
    {
        // A key no other test reads: the process environment is shared by tests running in parallel.
        Environment.SetEnvironmentVariable("DigestBotProbe__Key", "from the environment");
        try
        {
            var providers = ((IConfigurationRoot)BotSettings.Load()).Providers.Select(p => p.GetType().Name);
            Assert.Equal(["JsonConfigurationProvider", "EnvironmentVariablesConfigurationProvider", "CommandLineConfigurationProvider"], providers);
            Assert.Equal("digests", BotSettings.Load()["Digests:Path"]);
            Assert.Equal("from the environment", BotSettings.Load()["DigestBotProbe:Key"]);
            Assert.Equal("from the command line", BotSettings.Load(["--DigestBotProbe:Key=from the command line"])["DigestBotProbe:Key"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DigestBotProbe__Key", null);
        }
    }
}
