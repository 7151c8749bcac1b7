using DigestBot.Telegram;

namespace DigestBot.Tests.Admin;

public sealed class AdminIdsTests
{
    [Theory]
    [InlineData(-5L)]
    [InlineData(0L)]
    public void An_admin_id_that_is_not_positive_is_refused_naming_the_setting(long id)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { AdminIds = [123456, id] });

        Assert.Contains("Telegram:AdminIds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Positive_admin_ids_are_accepted()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { AdminIds = [123456, 7] }).Succeeded);
    }
}
